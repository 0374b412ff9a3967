"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";
import { cn } from "@/lib/ui/cn";

/** A one-click server action with its outcome (success or error) announced next to the button. */
export function ActionButton({ action, children, pendingText, className }: { action: () => Promise<FormState>; children: React.ReactNode; pendingText: string; className?: string }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="grid justify-items-start gap-1">
      <SubmitButton pendingText={pendingText} className={className}>{children}</SubmitButton>
      <p role="status" aria-live="polite" className={cn("max-w-64 text-xs", state.formError ? "text-destructive" : "text-success")}>{state.formError ?? (state.ok ? state.message : "")}</p>
    </form>
  );
}
