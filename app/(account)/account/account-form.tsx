"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";
import { updateAccountAction } from "./actions";
import { ActionForm } from "@/components/forms/action-form";

export function AccountForm({ name, phone }: { name: string; phone: string | null }) {
  const [state, action] = useActionState<FormState, FormData>(updateAccountAction, {});
  return (
    <ActionForm state={state} action={action} className="grid gap-2" noValidate>
      <FormAlert error={state.formError} success={state.ok ? state.message : undefined} />
      <Field
        name="name"
        label="Full name"
        autoComplete="name"
        required
        defaultValue={state.values?.name ?? name}
        errors={state.fieldErrors?.name}
      />
      <Field
        name="phone"
        label="Phone"
        type="tel"
        autoComplete="tel"
        hint="Used by trip operators to reach you. Leave empty to remove it."
        defaultValue={state.values?.phone ?? phone ?? ""}
        errors={state.fieldErrors?.phone}
      />
      <div>
        <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
      </div>
    </ActionForm>
  );
}
