"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { resetPasswordAction, type ResetPasswordState } from "../actions";
import { ActionForm } from "@/components/forms/action-form";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState<ResetPasswordState, FormData>(resetPasswordAction, {});
  return (
    <ActionForm state={state} action={action} className="grid gap-2" noValidate>
      <FormAlert error={state.formError} />
      {state.data?.invalidToken ? (
        <p className="text-sm">
          <Link href="/forgot-password" className="font-medium text-primary underline-offset-4 hover:underline">
            Request a new reset link
          </Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <PasswordField
        name="password"
        label="New password"
        autoComplete="new-password"
        required
        minLength={8}
        hint="At least 8 characters."
        errors={state.fieldErrors?.password}
        toggleLabel="Show new password"
      />
      <PasswordField
        name="confirmPassword"
        label="Repeat the new password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.confirmPassword}
        toggleLabel="Show repeated password"
      />
      <SubmitButton pendingText="Changing your password…" className="w-full">
        Change password
      </SubmitButton>
    </ActionForm>
  );
}
