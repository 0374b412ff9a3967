import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { FormAlert } from "@/components/forms/form-alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { auth } from "@/lib/auth/next-auth";
import { safeRedirectPath } from "@/lib/forms/safe-redirect";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Log in" };

interface LoginSearchParams {
  /** where to go after logging in: set by requireActor (Auth.js's name); `next` is accepted as well */
  callbackUrl?: string;
  next?: string;
  /** set after a password reset */
  reset?: string;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<LoginSearchParams> }) {
  const { callbackUrl, next, reset } = await searchParams;
  const target = safeRedirectPath(callbackUrl ?? next);
  if ((await auth())?.user) redirect(target);
  return (
    <div className="mx-auto w-full max-w-md py-12">
      <Card>
        <CardHeader>
          <CardTitle>
            <h1>Welcome back</h1>
          </CardTitle>
          <CardDescription>Log in to book trips and manage your bookings.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          {reset === "1" ? (
            <FormAlert success="Password changed. You were signed out everywhere: log in with your new password." />
          ) : null}
          <LoginForm callbackUrl={target} />
        </CardContent>
      </Card>
    </div>
  );
}
