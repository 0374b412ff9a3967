"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";
import { authHref } from "@/lib/forms/safe-redirect";
import { loginAction } from "../actions";
import { ActionForm } from "@/components/forms/action-form";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState<FormState, FormData>(loginAction, {});
  return (
    <ActionForm state={state} action={action} className="grid gap-2" noValidate>
      <FormAlert error={state.formError} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/"} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <PasswordField
        name="password"
        label="Password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <p className="-mt-1 mb-1 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-primary underline-offset-4 hover:underline">
          Forgot password?
        </Link>
      </p>
      <SubmitButton pendingText="Logging in…" className="w-full">
        Log in
      </SubmitButton>
      <p className="pt-2 text-center text-sm text-muted-foreground">
        New to Travellr?{" "}
        <Link
          href={authHref("/register", callbackUrl)}
          className="font-medium text-primary underline-offset-4 hover:underline"
        >
          Create an account
        </Link>
      </p>
    </ActionForm>
  );
}
