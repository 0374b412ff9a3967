"use client";

import type { PayoutSchedule } from "@prisma/client";
import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";
import { ActionForm } from "@/components/forms/action-form";

export function PayoutScheduleForm({
  action,
  current,
}: {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  current: PayoutSchedule;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <ActionForm state={state} action={formAction} className="grid gap-3">
      <SelectField
        name="payoutSchedule"
        label="Payout schedule"
        defaultValue={state.values?.payoutSchedule ?? current}
        errors={state.fieldErrors?.payoutSchedule}
        options={[
          { value: "weekly", label: "Weekly — every Monday, for the week before" },
          { value: "monthly", label: "Monthly — on the 1st, for the month before" },
        ]}
      />
      <FormAlert error={state.formError} success={state.ok ? state.message : undefined} />
      <SubmitButton pendingText="Saving…" className="w-fit">
        Save schedule
      </SubmitButton>
    </ActionForm>
  );
}
