"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { formatMoney } from "@/lib/format";
import type { FormState } from "@/lib/forms/form-state";
import { minorToDecimal } from "@/lib/money/decimal";
import { cn } from "@/lib/ui/cn";
import { ActionForm } from "@/components/forms/action-form";

/**
 * Admin: refund any amount up to what remains on the payment. `refund` is the page's server action bound to the
 * payment; it reads the amount in the payment's currency. A wrong amount is said under the field, anything else
 * above the form.
 */
export function AdminRefundForm({
  refund,
  refundable,
  currency,
}: {
  refund: (prev: FormState, data: FormData) => Promise<FormState>;
  refundable: number;
  currency: string;
}) {
  const [state, formAction] = useActionState(refund, {});
  const amountError = state.fieldErrors?.amount?.[0];
  return (
    <ActionForm state={state} action={formAction} className="grid gap-3" aria-label="Refund payment">
      <FormAlert error={amountError ? undefined : state.formError} success={state.ok ? state.message : undefined} />
      <div className="grid gap-2">
        <Label htmlFor="refund-amount">Amount to refund ({currency.toUpperCase()})</Label>
        <Input
          id="refund-amount"
          name="amount"
          inputMode="decimal"
          placeholder={`Up to ${minorToDecimal(refundable, currency)} — empty refunds all of it`}
          defaultValue={amountError ? state.values?.amount : undefined}
          aria-invalid={amountError ? true : undefined}
          aria-describedby="refund-hint"
        />
        <p
          id="refund-hint"
          role={amountError ? "alert" : undefined}
          className={cn("text-xs", amountError ? "text-destructive" : "text-muted-foreground")}
        >
          {amountError ?? `Refundable now: ${formatMoney(refundable, currency)}`}
        </p>
      </div>
      <div>
        <SubmitButton variant="outline" pendingText="Refunding…" disabled={refundable <= 0}>
          Refund
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
