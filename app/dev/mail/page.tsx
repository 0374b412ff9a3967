import { Mail } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { requireActor } from "@/lib/auth/current-actor";
import { localToolsEnabled } from "@/lib/dev/local-tools";
import { listOutbox } from "@/lib/dev/list-outbox";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Dev mail" };
export const dynamic = "force-dynamic";

export default async function DevMailPage() {
  if (!localToolsEnabled("mail")) notFound();
  const actor = await requireActor("/dev/mail");
  const emails = await listOutbox(actor);
  return (
    <div className="grid gap-6 py-10">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Mail outbox</h1>
        <p className="text-muted-foreground">
          {actor.role === "admin" ? "Every email Travellr sent" : `Emails Travellr sent to ${actor.email}`} while no
          SMTP server is configured (local mode only).
        </p>
      </div>
      {emails.length === 0 ? (
        <div className="grid justify-items-center gap-2 rounded-xl border border-dashed p-12 text-center text-muted-foreground">
          <Mail className="size-8" aria-hidden />
          No emails yet. Register an account to receive a welcome email.
        </div>
      ) : (
        <ul className="divide-y rounded-xl border bg-card">
          {emails.map((e) => (
            <li key={e.id}>
              <Link
                href={`/dev/mail/${e.id}`}
                className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-accent focus-visible:bg-accent focus-visible:outline-none"
              >
                <span className="grid gap-0.5">
                  <span className="font-medium">{e.subject}</span>
                  <span className="text-xs text-muted-foreground">
                    to {e.to} · {e.template}
                  </span>
                </span>
                <span className="flex items-center gap-3 text-xs text-muted-foreground">
                  {formatDateTime(e.createdAt, "UTC")}
                  <Badge variant={e.status === "sent" ? "success" : e.status === "failed" ? "destructive" : "warning"}>
                    {e.status}
                  </Badge>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
