"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current-actor";
import { type FormState, formError, formInt, formValues } from "@/lib/forms/form-state";
import { addDeparture } from "@/lib/trips/add-departure";
import { createTrip } from "@/lib/trips/create-trip";
import { CreateDepartureInput, CreateTripInput, UpdateTripInput } from "@/lib/trips/schemas";
import { updateTrip } from "@/lib/trips/update-trip";

const TRIP_FIELDS = ["title", "description", "city", "country", "price", "durationDays", "cancellationPolicy", "images", "status", "currency"] as const;

/** The form takes the price in major units (dollars) and images one per line; the API's schema takes cents and an array. */
function tripPayload(values: Record<string, string>) {
  const price = values.price?.trim();
  return {
    title: values.title,
    description: values.description,
    city: values.city,
    country: values.country,
    pricePerSeat: price && /^\d+(\.\d{1,2})?$/.test(price) ? Math.round(Number(price) * 100) : price === "" ? undefined : Number.NaN,
    durationDays: formInt(values.durationDays),
    cancellationPolicy: values.cancellationPolicy,
    images: (values.images ?? "").split(/\r?\n/).map((s) => s.trim()).filter(Boolean),
    status: values.status,
    currency: values.currency || "usd",
  };
}

function renamePriceErrors(state: FormState): FormState {
  const fe = state.fieldErrors;
  if (fe?.pricePerSeat) fe.price = ["Enter the price per seat, e.g. 420 or 420.50"];
  return state;
}

export async function createTripAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("/vendor/trips/new", "trips:manage_own");
  const values = formValues(formData, TRIP_FIELDS);
  const parsed = CreateTripInput.safeParse(tripPayload(values));
  if (!parsed.success) return renamePriceErrors(formError(parsed.error, values));
  let id: string;
  try {
    id = (await createTrip(actor, parsed.data)).id;
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath("/vendor");
  redirect(`/vendor/trips/${id}?created=1`);
}

export async function updateTripAction(tripId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/vendor/trips/${tripId}`, "trips:manage_own");
  const values = formValues(formData, TRIP_FIELDS);
  const parsed = UpdateTripInput.safeParse(tripPayload(values));
  if (!parsed.success) return renamePriceErrors(formError(parsed.error, values));
  try {
    await updateTrip(actor, tripId, parsed.data);
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath(`/vendor/trips/${tripId}`);
  revalidatePath(`/trips/${tripId}`);
  return { ok: true, message: "Trip saved.", values };
}

export async function addDepartureAction(tripId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(`/vendor/trips/${tripId}`, "trips:manage_own");
  const values = formValues(formData, ["date", "time", "timeZone", "capacity", "priceOverride"]);
  const override = values.priceOverride?.trim();
  const parsed = CreateDepartureInput.safeParse({
    startsAt: values.date && values.time ? `${values.date}T${values.time}` : "",
    timeZone: values.timeZone,
    capacity: formInt(values.capacity),
    priceOverride: override ? (/^\d+(\.\d{1,2})?$/.test(override) ? Math.round(Number(override) * 100) : Number.NaN) : null,
  });
  if (!parsed.success) {
    const state = formError(parsed.error, values);
    if (state.fieldErrors?.startsAt) state.fieldErrors.date = state.fieldErrors.startsAt;
    return state;
  }
  try {
    await addDeparture(actor, tripId, parsed.data);
  } catch (error) {
    const state = formError(error, values);
    if (state.fieldErrors?.startsAt) state.fieldErrors.date = state.fieldErrors.startsAt;
    return state;
  }
  revalidatePath(`/vendor/trips/${tripId}`);
  return { ok: true, message: "Departure added." };
}
