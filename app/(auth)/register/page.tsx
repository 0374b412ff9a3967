import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { auth } from "@/lib/auth/next-auth";
import { safeRedirectPath } from "@/lib/forms/safe-redirect";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function RegisterPage({
  searchParams,
}: {
  /** where to go after signing up (as on the login page; `next` is accepted as well) */
  searchParams: Promise<{ callbackUrl?: string; next?: string }>;
}) {
  const { callbackUrl, next } = await searchParams;
  const requested = callbackUrl ?? next;
  // only a valid same-site path is carried on; without one the new account lands on its welcome page
  const target = requested === undefined ? undefined : safeRedirectPath(requested, "") || undefined;
  if ((await auth())?.user) redirect(target ?? "/account");
  return (
    <div className="mx-auto w-full max-w-md py-12">
      <Card>
        <CardHeader>
          <CardTitle>
            <h1>Create your Travellr account</h1>
          </CardTitle>
          <CardDescription>Book trips from local operators, or publish your own.</CardDescription>
        </CardHeader>
        <CardContent>
          <RegisterForm callbackUrl={target} />
        </CardContent>
      </Card>
    </div>
  );
}
