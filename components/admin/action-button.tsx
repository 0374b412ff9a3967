"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";
import { cn } from "@/lib/ui/cn";

/**
 * A one-click server action with its outcome announced next to the button and as a toast: the refreshed page may no
 * longer show this button (a vendor paid out has nothing left to pay), and the toast outlives it.
 */
export function ActionButton({
  action,
  children,
  pendingText,
  className,
}: {
  action: () => Promise<FormState>;
  children: React.ReactNode;
  pendingText: string;
  className?: string;
}) {
  const [state, formAction] = useActionState(async () => {
    const result = await action();
    // sonner is loaded when there is something to say: the button is also on the trip page (an admin's hide and
    // show of a review), whose visitors should not download it
    if (result.formError || (result.ok && result.message)) {
      const { toast } = await import("sonner");
      if (result.formError) toast.error(result.formError);
      else toast.success(result.message);
    }
    return result;
  }, {});
  return (
    <form action={formAction} className="grid justify-items-start gap-1">
      <SubmitButton pendingText={pendingText} className={className}>
        {children}
      </SubmitButton>
      <p
        role="status"
        aria-live="polite"
        className={cn("max-w-64 text-xs empty:hidden", state.formError ? "text-destructive" : "text-success")}
      >
        {state.formError ?? (state.ok ? state.message : "")}
      </p>
    </form>
  );
}
