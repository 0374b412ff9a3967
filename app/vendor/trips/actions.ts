"use server";

import { Id, action, formAction } from "@/lib/forms/action";
import type { Invalid } from "@/lib/forms/create-actions";
import { formInt, formMoney } from "@/lib/forms/form-state";
import { isCurrencyCode } from "@/lib/money/currencies";
import { amountExamples } from "@/lib/money/decimal";
import { plural } from "@/lib/text/plural";
import { addDeparture } from "@/lib/trips/add-departure";
import { cancelDeparture } from "@/lib/trips/cancel-departure";
import { priceOverrideProblem } from "@/lib/trips/price-override-problem";
import { textToItinerary, textToLanguages, textToList } from "@/lib/trips/content-text";
import { createTrip } from "@/lib/trips/create-trip";
import { CreateDepartureInput, CreateTripInput, UpdateTripInput } from "@/lib/trips/schemas";
import { updateTrip } from "@/lib/trips/update-trip";

const TRIP_FIELDS = [
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

/** The price is typed in the currency the form shows (its hidden `currency` field): "420.50" usd, "5000" jpy. */
function readPrice(value: string | undefined, currency: string | undefined) {
  return currency && isCurrencyCode(currency) ? formMoney(value, currency) : null;
}

/**
 * The form takes the price in major units of its currency and images one per line; the schema takes minor units
 * and an array. A new trip without a currency is in usd (the schema's default); an edit without one cannot say
 * what its price means, so the price is refused rather than read as dollars.
 */
function tripPayload(values: Record<string, string>, invalid: Invalid, defaultCurrency?: "usd") {
  const currency = values.currency || defaultCurrency;
  const pricePerSeat = readPrice(values.price, currency);
  if (pricePerSeat == null)
    invalid("price", `Enter the price per seat, e.g. ${amountExamples(420, currency ?? "usd")}`);
  return {
    title: values.title,
    description: values.description,
    city: values.city,
    country: values.country,
    pricePerSeat: pricePerSeat ?? undefined,
    durationDays: formInt(values.durationDays),
    cancellationPolicy: values.cancellationPolicy,
    images: (values.images ?? "")
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean),
    status: values.status,
    currency,
    // the form always sends the content fields, so an emptied field clears what was stored
    itinerary: textToItinerary(values.itinerary),
    meetingPoint: values.meetingPoint ?? null,
    included: textToList(values.included),
    notIncluded: textToList(values.notIncluded),
    maxGroupSize: formInt(values.maxGroupSize) ?? null,
    languages: textToLanguages(values.languages),
  };
}

// the schema's price and the form's field have different names
const tripErrors = { pricePerSeat: "price" };

export const createTripAction = formAction(
  {
    permission: "trips:manage_own",
    args: [],
    fields: TRIP_FIELDS,
    schema: CreateTripInput,
    input: (values, { invalid }) => tripPayload(values, invalid, "usd"),
    errorFields: tripErrors,
    revalidate: ["/vendor"],
  },
  async ({ actor, input }) => {
    const { id } = await createTrip(actor, input);
    return { redirectTo: `/vendor/trips/${id}?created=1` };
  },
);

export const updateTripAction = formAction(
  {
    permission: "trips:manage_own",
    args: [Id],
    fields: TRIP_FIELDS,
    schema: UpdateTripInput,
    input: (values, { invalid }) => tripPayload(values, invalid),
    errorFields: tripErrors,
    revalidate: (tripId) => [`/vendor/trips/${tripId}`, `/trips/${tripId}`],
  },
  async ({ actor, args: [tripId], input, values }) => {
    await updateTrip(actor, tripId, input);
    return { ok: true, message: "Trip saved.", values };
  },
);

export const addDepartureAction = formAction(
  {
    permission: "trips:manage_own",
    args: [Id],
    fields: ["date", "time", "timeZone", "capacity", "priceOverride", "currency"],
    schema: CreateDepartureInput,
    input: (values, { invalid }) => {
      // the special price is in the trip's currency, which the form shows and sends
      const override = values.priceOverride?.trim() ? readPrice(values.priceOverride, values.currency) : undefined;
      if (override === null)
        invalid(
          "priceOverride",
          `Enter a price such as ${amountExamples(420, values.currency || "usd")}, or leave it empty`,
        );
      // said in the trip's currency here, rather than in minor units by the use case
      const problem = override != null ? priceOverrideProblem(override, values.currency) : null;
      if (problem) invalid("priceOverride", problem);
      return {
        startsAt: values.date && values.time ? `${values.date}T${values.time}` : "",
        timeZone: values.timeZone,
        capacity: formInt(values.capacity),
        priceOverride: override ?? null,
      };
    },
    // the form splits the start into a date and a time; its errors show at the date
    errorFields: { startsAt: "date" },
    revalidate: (tripId) => [`/vendor/trips/${tripId}`],
  },
  async ({ actor, args: [tripId], input }) => {
    await addDeparture(actor, tripId, input);
    return { ok: true, message: "Departure added." };
  },
);

/** Cancels a departure and every booking on it, each refunded in full (the dialog on the trip's page). */
export const cancelDepartureAction = action(
  // the trip's page and the dashboard's latest bookings both change
  { permission: "trips:manage_own", args: [Id], revalidate: [{ layout: "/vendor" }] },
  async ({ actor, args: [departureId] }) => {
    const { cancelledBookings } = await cancelDeparture(actor, departureId);
    return {
      ok: true,
      message: `Departure cancelled; ${plural(cancelledBookings, "booking")} cancelled and refunded.`,
    };
  },
);
