"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";

/** `currency` is the trip's: a special price is typed in it and sent along so the action reads it right. */
export function DepartureForm({
  action,
  currency,
  timeZone,
  zones,
}: {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  currency: string;
  timeZone: string | null;
  zones: string[];
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="grid gap-2" noValidate aria-label="Add a departure">
      <FormAlert error={state.formError} success={state.ok ? state.message : undefined} />
      <input type="hidden" name="currency" value={currency} />
      {timeZone ? (
        <input type="hidden" name="timeZone" value={timeZone} />
      ) : (
        <SelectField
          name="timeZone"
          label="Time zone of the trip"
          defaultValue="Europe/Lisbon"
          options={zones.map((z) => ({ value: z, label: z }))}
          errors={e.timeZone}
        />
      )}
      <div className="grid gap-x-4 sm:grid-cols-4">
        <Field name="date" label="Date" type="date" errors={e.date} required />
        <Field
          name="time"
          label={timeZone ? `Start time (${timeZone})` : "Start time (local)"}
          type="time"
          defaultValue="08:00"
          errors={e.time}
          required
        />
        <Field name="capacity" label="Seats" type="number" min={1} defaultValue="12" errors={e.capacity} required />
        <Field
          name="priceOverride"
          label={`Special price (${currency.toUpperCase()}, optional)`}
          inputMode="decimal"
          errors={e.priceOverride}
        />
      </div>
      <div>
        <SubmitButton pendingText="Adding…">Add departure</SubmitButton>
      </div>
    </form>
  );
}
