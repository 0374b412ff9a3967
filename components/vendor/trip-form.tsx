"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import type { FormState } from "@/lib/forms/form-state";
import { amountExamples } from "@/lib/money/decimal";

export interface TripFormValues {
  title: string;
  description: string;
  city: string;
  country: string;
  price: string;
  /** the trip's currency, not editable here: the price is typed in it and it is sent along so the action reads the
   * price right (5000 yen, not 50.00) */
  currency: string;
  durationDays: string;
  cancellationPolicy: string;
  images: string;
  status: string;
  /** the trip page's content as text (see lib/trips/content-text.ts); a new trip starts without it */
  itinerary?: string;
  meetingPoint?: string;
  included?: string;
  notIncluded?: string;
  maxGroupSize?: string;
  languages?: string;
}

const POLICIES = [
  { value: "flexible", label: "Flexible — full refund until 24 h before" },
  { value: "moderate", label: "Moderate — full until 7 days, 50 % until 24 h" },
  { value: "strict", label: "Strict — 50 % until 14 days before" },
];
const STATUSES = [
  { value: "draft", label: "Draft (hidden)" },
  { value: "published", label: "Published (bookable)" },
  { value: "archived", label: "Archived" },
];

export function TripForm({
  action,
  initial,
  submitLabel,
}: {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  initial: TripFormValues;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  const v = { ...initial, ...state.values };
  const e = state.fieldErrors ?? {};
  return (
    // re-mounted with each answer so every field, selects included, shows what was submitted
    <form
      key={JSON.stringify(state.values ?? {})}
      action={formAction}
      className="grid gap-2"
      noValidate
      aria-label="Trip details"
    >
      <FormAlert error={state.formError} success={state.ok ? state.message : undefined} />
      <input type="hidden" name="currency" value={initial.currency} />
      <Field name="title" label="Title" defaultValue={v.title} errors={e.title} required />
      <TextareaField
        name="description"
        label="Description"
        defaultValue={v.description}
        errors={e.description}
        rows={6}
        required
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="city" label="City" defaultValue={v.city} errors={e.city} required />
        <Field name="country" label="Country" defaultValue={v.country} errors={e.country} required />
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field
          name="price"
          label={`Price per seat (${initial.currency.toUpperCase()})`}
          inputMode="decimal"
          defaultValue={v.price}
          errors={e.price}
          hint={`In ${initial.currency.toUpperCase()}, e.g. ${amountExamples(420, initial.currency)}`}
          required
        />
        <Field
          name="durationDays"
          label="Duration (days)"
          type="number"
          min={1}
          defaultValue={v.durationDays}
          errors={e.durationDays}
          required
        />
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          name="cancellationPolicy"
          label="Cancellation policy"
          defaultValue={v.cancellationPolicy}
          options={POLICIES}
          errors={e.cancellationPolicy}
        />
        <SelectField name="status" label="Status" defaultValue={v.status} options={STATUSES} errors={e.status} />
      </div>
      <TextareaField
        name="images"
        label="Image URLs (one per line)"
        defaultValue={v.images}
        errors={e.images}
        rows={3}
        hint="Paths on this site such as /images/trips/lisbon-1.svg, or https:// URLs"
      />
      <fieldset className="grid gap-2 border-t pt-4">
        <legend className="pt-2 font-semibold">What travellers get</legend>
        <TextareaField
          name="itinerary"
          label="Itinerary (one day per line)"
          defaultValue={v.itinerary}
          errors={e.itinerary}
          rows={5}
          hint="Title — description, e.g. “Arrival — Meet your guide at the harbour”. Start a line with “Day 3:” to skip days."
        />
        <Field
          name="meetingPoint"
          label="Meeting point"
          defaultValue={v.meetingPoint}
          errors={e.meetingPoint}
          hint="An address or landmark travellers can find on a map"
        />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextareaField
            name="included"
            label="What's included (one per line)"
            defaultValue={v.included}
            errors={e.included}
            rows={4}
          />
          <TextareaField
            name="notIncluded"
            label="Not included (one per line)"
            defaultValue={v.notIncluded}
            errors={e.notIncluded}
            rows={4}
          />
        </div>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field
            name="maxGroupSize"
            label="Largest group (travellers)"
            type="number"
            min={1}
            defaultValue={v.maxGroupSize}
            errors={e.maxGroupSize}
            hint="Leave empty to not show a group size"
          />
          <Field
            name="languages"
            label="Guide languages"
            defaultValue={v.languages}
            errors={e.languages}
            hint="Two-letter codes, comma-separated, e.g. en, pt"
          />
        </div>
      </fieldset>
      <div>
        <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
