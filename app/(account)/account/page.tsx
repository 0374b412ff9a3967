import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current-actor";
import { getUser } from "@/lib/users/get-user";
import { formatDate } from "@/lib/format";
import { AccountForm } from "./account-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const actor = await requireActor("/account");
  const [user, { welcome }] = await Promise.all([getUser(actor, actor.id), searchParams]);
  return (
    <div className="mx-auto grid w-full max-w-2xl gap-6 py-10">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">
          {welcome ? `Welcome to Travellr, ${user.name}!` : "Your account"}
        </h1>
        <p className="text-muted-foreground">Manage your personal details.</p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Profile</CardTitle>
          <CardDescription>
            Signed in as <span className="font-medium text-foreground">{user.email}</span> ·{" "}
            <Badge variant="secondary" className="capitalize">
              {user.role}
            </Badge>{" "}
            · member since {formatDate(user.createdAt)}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <AccountForm name={user.name} phone={user.phone} />
        </CardContent>
      </Card>
    </div>
  );
}
