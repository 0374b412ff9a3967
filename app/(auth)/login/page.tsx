import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { auth } from "@/lib/auth/next-auth";
import { safeRedirectPath } from "@/lib/forms/safe-redirect";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Log in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const target = safeRedirectPath(callbackUrl);
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
        <CardContent>
          <LoginForm callbackUrl={target} />
        </CardContent>
      </Card>
    </div>
  );
}
