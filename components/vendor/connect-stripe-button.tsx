"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";

/** Posts to the connect action, which redirects to Stripe's onboarding; an error stays next to the button. */
export function ConnectStripeButton({ action, label }: { action: () => Promise<FormState>; label: string }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="grid gap-2">
      <SubmitButton pendingText="Opening Stripe…" className="w-fit">
        {label}
      </SubmitButton>
      <FormAlert error={state.formError} />
    </form>
  );
}
