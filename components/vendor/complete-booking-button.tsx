"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";

/** Marks one booking completed; a refusal (e.g. it changed meanwhile) is shown under the button. */
export function CompleteBookingButton({ action, label }: { action: () => Promise<FormState>; label: string }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="grid justify-items-start gap-1">
      <SubmitButton pendingText="Saving…" className="h-8 px-3 text-xs">
        Mark completed<span className="sr-only">: {label}</span>
      </SubmitButton>
      {state.formError ? (
        <p role="alert" className="max-w-48 text-xs text-destructive">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
