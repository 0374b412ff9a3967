import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { isResetTokenUsable } from "@/lib/users/check-reset-token";
import { ResetPasswordForm } from "./reset-password-form";

// the token is in this page's URL: no Referer carries it to another site
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const usable = await isResetTokenUsable(typeof token === "string" ? token : undefined);
  return (
    <div className="mx-auto w-full max-w-md py-12">
      <Card>
        {usable && token ? (
          <>
            <CardHeader>
              <CardTitle>
                <h1>Choose a new password</h1>
              </CardTitle>
              <CardDescription>
                After the change you are signed out everywhere, on every device, and log in with the new password.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <ResetPasswordForm token={token} />
            </CardContent>
          </>
        ) : (
          <>
            <CardHeader>
              <CardTitle>
                <h1>This link no longer works</h1>
              </CardTitle>
              <CardDescription>
                A password reset link works once and for one hour. This one has expired, was already used, or is
                incomplete.
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-3">
              <Button asChild className="w-full">
                <Link href="/forgot-password">Request a new link</Link>
              </Button>
              <p className="text-center text-sm text-muted-foreground">
                Know your password?{" "}
                <Link href="/login" className="font-medium text-primary underline-offset-4 hover:underline">
                  Log in
                </Link>
              </p>
            </CardContent>
          </>
        )}
      </Card>
    </div>
  );
}
