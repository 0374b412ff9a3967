"use client";

import { useActionState, useId } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { Label } from "@/components/ui/label";
import type { FormState } from "@/lib/forms/form-state";
import { REPLY_MAX } from "@/lib/reviews/limits";
import { ActionForm } from "@/components/forms/action-form";

/**
 * The vendor's one public reply to a review; what was typed stays after an error, which is said under the field.
 * Several of these sit on one page, so the ids come from useId (TextareaField derives its id from the field name).
 */
export function ReplyForm({
  action,
  author,
}: {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  author: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const id = useId();
  const error = state.fieldErrors?.reply?.[0];
  return (
    <ActionForm state={state} action={formAction} className="grid gap-2" aria-label={`Reply to ${author}`}>
      <FormAlert error={error ? undefined : state.formError} success={state.ok ? state.message : undefined} />
      <Label htmlFor={`${id}-reply`}>Your public reply to {author}</Label>
      <textarea
        id={`${id}-reply`}
        name="reply"
        maxLength={REPLY_MAX}
        defaultValue={state.values?.reply}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-note`}
        className="min-h-20 rounded-md border border-input bg-background px-3 py-2 text-sm shadow-xs focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none aria-invalid:border-destructive"
      />
      <p
        id={`${id}-note`}
        role={error ? "alert" : undefined}
        className={error ? "text-xs text-destructive" : "text-xs text-muted-foreground"}
      >
        {error ?? "Shown under the review for everyone. You can reply once."}
      </p>
      <div>
        <SubmitButton pendingText="Posting…" variant="outline" className="h-8 px-3 text-xs">
          Post reply<span className="sr-only"> to {author}</span>
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
