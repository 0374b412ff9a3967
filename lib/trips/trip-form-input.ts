// The vendor trip form (components/vendor/trip-form.tsx) as the trip schemas' payload: the server actions in
// app/vendor/trips/actions.ts read the form through these, and tests run them without Next.js.
import type { Invalid } from "../forms/create-actions";
import { formInt, formMoney } from "../forms/form-state";
import { isCurrencyCode } from "../money/currencies";
import { amountExamples } from "../money/decimal";
import { textToLanguages, textToList } from "./content-text";
import { readItinerary } from "./itinerary-lines";

export const TRIP_FORM_FIELDS = [
  "title",
  "description",
  "city",
  "country",
  "price",
  "durationDays",
  "cancellationPolicy",
  "images",
  "status",
  "currency",
  "itinerary",
  "meetingPoint",
  "included",
  "notIncluded",
  "maxGroupSize",
  "languages",
] as const;

/** The schema's price and the form's field have different names. */
export const TRIP_FORM_ERROR_FIELDS = { pricePerSeat: "price" };

/** The price is typed in the currency the form shows (its hidden `currency` field): "420.50" usd, "5000" jpy. */
export function formPrice(value: string | undefined, currency: string | undefined) {
  return currency && isCurrencyCode(currency) ? formMoney(value, currency) : null;
}

/**
 * The form takes the price in major units of its currency and images one per line; the schema takes minor units
 * and an array. A new trip without a currency is in usd (the schema's default); an edit without one cannot say
 * what its price means, so the price is refused rather than read as dollars. The itinerary's problems are said by
 * line ("Line 3: day 9 is past the trip's 7 days"), in place of the schema's messages, which cannot know the lines.
 * Languages arrive as the picker's comma-separated codes.
 */
export function tripFormInput(values: Record<string, string>, invalid: Invalid, defaultCurrency?: "usd") {
  const currency = values.currency || defaultCurrency;
  const pricePerSeat = formPrice(values.price, currency);
  if (pricePerSeat == null)
    invalid("price", `Enter the price per seat, e.g. ${amountExamples(420, currency ?? "usd")}`);
  const durationDays = formInt(values.durationDays);
  // a duration that is not a whole number of days has its own error; the itinerary is not measured against it
  const itinerary = readItinerary(values.itinerary, Number.isInteger(durationDays) ? durationDays : undefined);
  for (const message of itinerary.errors) invalid("itinerary", message);
  return {
    title: values.title,
    description: values.description,
    city: values.city,
    country: values.country,
    pricePerSeat: pricePerSeat ?? undefined,
    durationDays,
    cancellationPolicy: values.cancellationPolicy,
    images: textToList(values.images),
    status: values.status,
    currency,
    // the form always sends the content fields, so an emptied field clears what was stored
    itinerary: itinerary.days,
    meetingPoint: values.meetingPoint ?? null,
    included: textToList(values.included),
    notIncluded: textToList(values.notIncluded),
    maxGroupSize: formInt(values.maxGroupSize) ?? null,
    languages: textToLanguages(values.languages),
  };
}
