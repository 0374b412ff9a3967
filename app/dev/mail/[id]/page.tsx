import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/current-actor";
import { localToolsEnabled } from "@/lib/dev/local-tools";
import { getOutboxEmail } from "@/lib/dev/list-outbox";
import { formatDateTime } from "@/lib/format";

export const dynamic = "force-dynamic";

export default async function DevMailMessage({ params }: { params: Promise<{ id: string }> }) {
  if (!localToolsEnabled("mail")) notFound();
  const { id } = await params;
  const actor = await requireActor(`/dev/mail/${id}`);
  const email = await getOutboxEmail(actor, id);
  if (!email) notFound();
  return (
    <div className="grid gap-4 py-10">
      <Link href="/dev/mail" className="text-sm text-primary hover:underline">
        ← All mail
      </Link>
      <div className="grid gap-1 rounded-xl border bg-card p-4 text-sm">
        <h1 className="text-lg font-semibold">{email.subject}</h1>
        <p className="text-muted-foreground">
          To: {email.to} · {formatDateTime(email.createdAt, "UTC")} · status {email.status}
        </p>
      </div>
      {/* the HTML is rendered in a sandboxed frame, so an email can never run script in the app */}
      <iframe
        title={`Email: ${email.subject}`}
        sandbox=""
        srcDoc={email.html}
        className="h-[560px] w-full rounded-xl border bg-white"
      />
      <details className="rounded-xl border bg-card p-4 text-sm">
        <summary className="cursor-pointer font-medium">Plain-text version</summary>
        <pre className="mt-3 whitespace-pre-wrap">{email.text}</pre>
      </details>
    </div>
  );
}
