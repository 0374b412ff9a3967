"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";
import { authHref } from "@/lib/forms/safe-redirect";
import { cn } from "@/lib/ui/cn";
import { registerAction } from "../actions";
import { ActionForm } from "@/components/forms/action-form";

const ROLES = [
  { value: "traveller", title: "I want to travel", text: "Find trips and book seats" },
  { value: "vendor", title: "I run trips", text: "Publish trips and get paid" },
] as const;

export function RegisterForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState<FormState, FormData>(registerAction, {});
  const role = state.values?.role ?? "traveller";
  return (
    <ActionForm
      state={state}
      key={JSON.stringify(state.values ?? {})}
      action={action}
      className="grid gap-2"
      noValidate
    >
      <FormAlert error={state.formError} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <fieldset className="mb-3 grid grid-cols-2 gap-3">
        <legend className="mb-2 text-sm font-medium">Account type</legend>
        {ROLES.map((r) => (
          <label
            key={r.value}
            className={cn(
              "flex cursor-pointer flex-col gap-0.5 rounded-lg border p-3 text-sm transition-colors",
              "has-[:checked]:border-primary has-[:checked]:bg-accent has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
            )}
          >
            <input type="radio" name="role" value={r.value} defaultChecked={role === r.value} className="sr-only" />
            <span className="font-medium">{r.title}</span>
            <span className="text-muted-foreground">{r.text}</span>
          </label>
        ))}
      </fieldset>
      <Field
        name="name"
        label="Full name"
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
      />
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
        autoComplete="new-password"
        required
        minLength={8}
        hint="At least 8 characters."
        errors={state.fieldErrors?.password}
      />
      <Field
        name="phone"
        label="Phone (optional)"
        type="tel"
        autoComplete="tel"
        defaultValue={state.values?.phone}
        errors={state.fieldErrors?.phone}
      />
      <SubmitButton pendingText="Creating your account…" className="w-full">
        Create account
      </SubmitButton>
      <p className="pt-2 text-center text-sm text-muted-foreground">
        Already have an account?{" "}
        <Link
          href={authHref("/login", callbackUrl)}
          className="font-medium text-primary underline-offset-4 hover:underline"
        >
          Log in
        </Link>
      </p>
    </ActionForm>
  );
}
