"use client";

import { useActionState, useRef } from "react";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useFocusFirstError } from "@/components/forms/use-focus-first-error";
import { ImageUploadField } from "@/components/vendor/image-upload-field";
import { LanguagePicker } from "@/components/vendor/language-picker";
import type { FormState } from "@/lib/forms/form-state";
import { amountExamples } from "@/lib/money/decimal";
import type { LanguageChoice } from "@/lib/trips/languages";

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
  /** ISO 639-1 codes, comma-separated ("en, ja"): the language picker's hidden field */
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

/** `languageChoices` is built by the page (languageChoices() in lib/trips/languages.ts): see LanguagePicker. */
export function TripForm({
  action,
  initial,
  submitLabel,
  languageChoices,
}: {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  initial: TripFormValues;
  submitLabel: string;
  languageChoices: LanguageChoice[];
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const v = { ...initial, ...state.values };
  const e = state.fieldErrors ?? {};
  return (
    // re-mounted with each answer so every field, selects included, shows what was submitted
    <form
      ref={form}
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
      <ImageUploadField name="images" label="Photos" defaultValue={v.images} errors={e.images} />
      <fieldset className="grid gap-2 border-t pt-4">
        <legend className="pt-2 font-semibold">What travellers get</legend>
        <TextareaField
          name="itinerary"
          label="Itinerary (one day per line)"
          defaultValue={v.itinerary}
          errors={e.itinerary}
          allErrors
          rows={5}
          hint="Write each line as “Day 1: Arrival — Meet your guide at the harbour” (“Day n:” is optional: a line without it is the next day). Every day fits within the trip’s duration and appears once."
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
        <Field
          name="maxGroupSize"
          label="Largest group (travellers)"
          type="number"
          min={1}
          defaultValue={v.maxGroupSize}
          errors={e.maxGroupSize}
          hint="Leave empty to not show a group size"
          className="sm:max-w-48"
        />
        <LanguagePicker
          name="languages"
          label="Guide languages"
          choices={languageChoices}
          defaultValue={v.languages}
          errors={e.languages}
          hint="Every language your guides lead the trip in"
        />
      </fieldset>
      <div>
        <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
