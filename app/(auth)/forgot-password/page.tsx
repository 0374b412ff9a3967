import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = {
  title: "Forgot password",
  description: "Get an email with a link to choose a new Travellr password.",
};

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto w-full max-w-md py-12">
      <Card>
        <CardHeader>
          <CardTitle>
            <h1>Forgot your password?</h1>
          </CardTitle>
          <CardDescription>
            Enter the email you signed up with. We will send you a link to choose a new password.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ForgotPasswordForm />
        </CardContent>
      </Card>
    </div>
  );
}
