"use client";

import { useActionState, useCallback, useEffect, useRef } from "react";
import { Field } from "@/components/forms/field";
import { FieldMessages, fieldMessageIds } from "@/components/forms/field-messages";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFocusFirstError } from "@/components/forms/use-focus-first-error";
import { Combobox } from "@/components/ui/combobox";
import { Label } from "@/components/ui/label";
import type { FormState } from "@/lib/forms/form-state";
import { timeZoneOptions } from "@/lib/trips/time-zone-options";

const EMPTY = { date: "", time: "08:00", capacity: "12", priceOverride: "" };
const ZONE_HINT = "Type a place or an offset, e.g. Lisbon, Tokyo or UTC+9. The start time is read in this zone.";

/**
 * `currency` is the trip's: a special price is typed in it and sent along so the action reads it right. `timeZone` is
 * the page's best guess (the trip's departures, then its city); without one the vendor's browser zone is filled in.
 */
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
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const e = state.fieldErrors ?? {};
  // a failed submit answers with what was typed: the form is drawn again from it (React resets forms after an action)
  const v = { ...EMPTY, timeZone: timeZone ?? "", ...state.values };
  const zoneInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // the browser's zone is only known in the browser; filled in after hydration, only where nothing else is
    if (zoneInput.current && !zoneInput.current.value)
      zoneInput.current.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
  }, [state]);
  // ~400 zones with their offsets take a moment to build: only once the vendor opens the list
  const zoneOptions = useCallback(() => timeZoneOptions(zones, new Date()), [zones]);
  const code = currency.toUpperCase();
  return (
    <form
      ref={form}
      key={JSON.stringify(state.values ?? {})}
      action={formAction}
      className="grid gap-2"
      noValidate
      aria-label="Add a departure"
    >
      <FormAlert error={state.formError} success={state.ok ? state.message : undefined} />
      <input type="hidden" name="currency" value={currency} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="date" label="Date" type="date" defaultValue={v.date} errors={e.date} required />
        <Field name="time" label="Start time (local)" type="time" defaultValue={v.time} errors={e.time} required />
      </div>
      {/* laid out like <Field>, with its hint and error block */}
      <div className="grid gap-2">
        <Label htmlFor="field-timeZone">Time zone of the departure</Label>
        <Combobox
          ref={zoneInput}
          id="field-timeZone"
          name="timeZone"
          options={zoneOptions}
          defaultValue={v.timeZone}
          listLabel="Time zones"
          noun="time zone"
          aria-invalid={e.timeZone?.[0] ? true : undefined}
          aria-describedby={fieldMessageIds("field-timeZone", { hint: ZONE_HINT, error: e.timeZone?.[0] }).describedBy}
          required
        />
        <FieldMessages controlId="field-timeZone" hint={ZONE_HINT} errors={e.timeZone} />
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field
          name="capacity"
          label="Seats"
          type="number"
          min={1}
          max={500}
          inputMode="numeric"
          defaultValue={v.capacity}
          errors={e.capacity}
          required
        />
        <Field
          name="priceOverride"
          label={`Special price (${code}, optional)`}
          hint="Per seat. Leave empty to sell at the trip's price."
          inputMode="decimal"
          defaultValue={v.priceOverride}
          errors={e.priceOverride}
        />
      </div>
      <div>
        <SubmitButton pendingText="Adding…">Add departure</SubmitButton>
      </div>
    </form>
  );
}
