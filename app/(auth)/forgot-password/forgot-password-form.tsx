"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";
import { forgotPasswordAction } from "../actions";
import { ActionForm } from "@/components/forms/action-form";

export function ForgotPasswordForm() {
  const [state, action] = useActionState<FormState, FormData>(forgotPasswordAction, {});
  return (
    <ActionForm state={state} action={action} className="grid gap-2" noValidate>
      <FormAlert error={state.formError} success={state.ok ? state.message : undefined} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <SubmitButton pendingText="Sending…" className="w-full">
        {state.ok ? "Send the link again" : "Send reset link"}
      </SubmitButton>
      <p className="pt-2 text-center text-sm text-muted-foreground">
        Remembered it?{" "}
        <Link href="/login" className="font-medium text-primary underline-offset-4 hover:underline">
          Log in
        </Link>
      </p>
    </ActionForm>
  );
}
