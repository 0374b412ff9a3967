"use client";

import { Star } from "lucide-react";
import { useActionState, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import type { FormState } from "@/lib/forms/form-state";
import { COMMENT_MAX } from "@/lib/reviews/limits";
import { plural } from "@/lib/text/plural";
import { cx } from "@/lib/ui/cn";
import { ActionForm } from "@/components/forms/action-form";

const WORDS = ["", "Poor", "Fair", "Good", "Very good", "Excellent"];

/**
 * Stars and text for a completed booking. The stars are a radio group in a fieldset (arrow keys move between them,
 * each is named "1 star" … "5 stars"); each radio lies transparent over its star, so the star is what is clicked and
 * the focus ring shows on it. Errors are said under the stars and under the text; what was typed stays.
 */
export function ReviewForm({
  action,
  initial,
  submitLabel,
}: {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  initial?: { rating: number; comment: string };
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const typed = state.values?.rating ? Number(state.values.rating) : undefined;
  const [rating, setRating] = useState<number>(typed ?? initial?.rating ?? 0);
  const ratingError = state.fieldErrors?.rating?.[0];
  const hasFieldError = Boolean(ratingError || state.fieldErrors?.comment);
  return (
    <ActionForm state={state} action={formAction} className="grid gap-4" aria-label="Review this trip">
      <FormAlert error={hasFieldError ? undefined : state.formError} success={state.ok ? state.message : undefined} />
      <fieldset className="grid gap-2" aria-describedby="review-rating-error">
        <legend className="mb-2 text-sm font-medium">Your rating</legend>
        <div className="flex flex-wrap items-center gap-3">
          <div className="flex items-center gap-1">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="relative inline-flex cursor-pointer rounded-md p-1">
                <input
                  type="radio"
                  name="rating"
                  value={n}
                  checked={rating === n}
                  onChange={() => setRating(n)}
                  className="peer absolute inset-0 cursor-pointer appearance-none rounded-md opacity-0"
                  aria-label={plural(n, "star")}
                />
                <Star
                  aria-hidden
                  className={cx(
                    "size-7 rounded-sm peer-focus-visible:ring-[3px] peer-focus-visible:ring-ring/50",
                    n <= rating ? "fill-current text-amber-600" : "text-muted-foreground",
                  )}
                  strokeWidth={1.5}
                />
              </label>
            ))}
          </div>
          <span className="text-sm text-muted-foreground" aria-hidden>
            {rating ? `${plural(rating, "star")} — ${WORDS[rating]}` : "Choose 1 to 5 stars"}
          </span>
        </div>
        <p
          id="review-rating-error"
          role={ratingError ? "alert" : undefined}
          className="min-h-4 text-xs text-destructive"
        >
          {ratingError ?? ""}
        </p>
      </fieldset>
      <TextareaField
        name="comment"
        label="Your review"
        hint="What was it like? Other travellers will see your first name and initial with it."
        maxLength={COMMENT_MAX}
        defaultValue={state.values?.comment ?? initial?.comment}
        errors={state.fieldErrors?.comment}
        required
      />
      <div>
        <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
      </div>
    </ActionForm>
  );
}
