// The vendor trip form through the real action wrapper (createActions) and the trip schemas, without Next.js: what
// the vendor sees after a bad submit, and what reaches the use case after a good one.
import { expect, test } from "vitest";
import type { Actor } from "../auth/actor";
import { createActions } from "../forms/create-actions";
import { FIX_FIELDS } from "../forms/form-state";
import { CreateTripInput } from "./schemas";
import { TRIP_FORM_ERROR_FIELDS, TRIP_FORM_FIELDS, tripFormInput } from "./trip-form-input";

const vendor: Actor = { id: "u_vendor", email: "v@example.com", name: "Vera", role: "vendor" };
const { formAction } = createActions({
  requireActor: async () => vendor,
  revalidatePath: () => undefined,
  redirect: (url) => {
    throw new Error(`redirect ${url}`);
  },
});
const created: CreateTripInput[] = [];
const createTrip = formAction(
  {
    permission: "trips:manage_own",
    args: [],
    fields: TRIP_FORM_FIELDS,
    schema: CreateTripInput,
    input: (values, { invalid }) => tripFormInput(values, invalid, "usd"),
    errorFields: TRIP_FORM_ERROR_FIELDS,
  },
  async ({ input }) => {
    created.push(input);
    return { ok: true };
  },
);

const filled = {
  title: "Azores whales",
  description: "Whales and dolphins off São Miguel with a marine biologist.",
  city: "Ponta Delgada",
  country: "Portugal",
  price: "189",
  currency: "usd",
  durationDays: "3",
  cancellationPolicy: "moderate",
  images: "",
  status: "published",
  itinerary: "Arrival — Harbour walk\n\nDay 3: Boat — Whales at dawn",
  meetingPoint: "Marina, gate 2",
  included: "Guide\nBoat",
  notIncluded: "Flights",
  maxGroupSize: "12",
  languages: "pt, en",
};
const submit = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return createTrip({}, data);
};

test("a bad itinerary line is named, every problem is listed, and every value comes back as typed", async () => {
  const itinerary = "Arrival — Harbour walk\n— lunch by the river\nDay 9: Late\nDay 1: Again";
  const state = await submit({ ...filled, itinerary, price: "abc" });
  expect(state.formError).toBe(FIX_FIELDS);
  expect(state.fieldErrors).toEqual({
    price: ["Enter the price per seat, e.g. 420 or 420.50"],
    itinerary: [
      "Line 2: write it as “Day 2: Title — description”",
      "Line 3: day 9 is past the trip's 3 days",
      "Line 4: day 1 is already on line 1",
    ],
  });
  expect(state.values).toEqual({ ...filled, itinerary, price: "abc" });
  expect(created).toEqual([]);
});

test("a duration that is not a number has its own error and the itinerary is not measured against it", async () => {
  const state = await submit({ ...filled, durationDays: "three" });
  expect(state.fieldErrors).toEqual({ durationDays: ["Duration must be a number of days"] });
});

test("a good form reaches the use case: days in order, languages as codes, lists split", async () => {
  const state = await submit({ ...filled, itinerary: "Day 3: Boat — Whales at dawn\nDay 1: Arrival" });
  expect(state).toEqual({ ok: true });
  expect(created.at(-1)).toMatchObject({
    pricePerSeat: 18_900,
    durationDays: 3,
    itinerary: [
      { day: 1, title: "Arrival", description: "" },
      { day: 3, title: "Boat", description: "Whales at dawn" },
    ],
    included: ["Guide", "Boat"],
    maxGroupSize: 12,
    languages: ["pt", "en"],
  });
});

test("a language code the picker never sends is still refused next to the field", async () => {
  const state = await submit({ ...filled, languages: "en, xx" });
  expect(state.fieldErrors?.languages?.[0]).toMatch(/ISO 639-1/);
});
