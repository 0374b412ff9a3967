"use server";

import { Id, action, formAction } from "@/lib/forms/action";
import { formInt } from "@/lib/forms/form-state";
import { amountExamples } from "@/lib/money/decimal";
import { plural } from "@/lib/text/plural";
import { addDeparture } from "@/lib/trips/add-departure";
import { cancelDeparture } from "@/lib/trips/cancel-departure";
import { priceOverrideProblem } from "@/lib/trips/price-override-problem";
import { createTrip } from "@/lib/trips/create-trip";
import { CreateDepartureInput, CreateTripInput, UpdateTripInput } from "@/lib/trips/schemas";
import { TRIP_FORM_ERROR_FIELDS, TRIP_FORM_FIELDS, formPrice, tripFormInput } from "@/lib/trips/trip-form-input";
import { updateTrip } from "@/lib/trips/update-trip";

export const createTripAction = formAction(
  {
    permission: "trips:manage_own",
    args: [],
    fields: TRIP_FORM_FIELDS,
    schema: CreateTripInput,
    input: (values, { invalid }) => tripFormInput(values, invalid, "usd"),
    errorFields: TRIP_FORM_ERROR_FIELDS,
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
    fields: TRIP_FORM_FIELDS,
    schema: UpdateTripInput,
    input: (values, { invalid }) => tripFormInput(values, invalid),
    errorFields: TRIP_FORM_ERROR_FIELDS,
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
      const override = values.priceOverride?.trim() ? formPrice(values.priceOverride, values.currency) : undefined;
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
