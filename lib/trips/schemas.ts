import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { checkIsoDate, isoDate, partsToDate } from "../api/dates";
import { ImageUrl, minorUnits, queryNumber, text } from "../api/fields";
import { PageQuery } from "../pagination";
import { CURRENCY_CODES, MAXIMUM_CHARGE, belowMinimumMessage } from "../money/currencies";
import { plural } from "../text/plural";
import { isLanguageCode } from "./languages";

// Zod schemas of the catalogue: shared by the REST API, the vendor forms and the search page. JSON numbers are
// numbers (a "12" string is refused); the server actions turn their form strings into numbers first.

function isTimeZone(value: string) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}

const Money = (label: string) => minorUnits(label, MAXIMUM_CHARGE);
const CURRENCY_ERROR = `currency must be one the platform accepts: ${CURRENCY_CODES.join(", ")}`;
const Currency = text()
  .trim()
  .toLowerCase()
  .pipe(z.enum(CURRENCY_CODES, { error: CURRENCY_ERROR }));
const Policy = z.enum(["flexible", "moderate", "strict"], { error: "Policy is flexible, moderate or strict" });
const Status = z.enum(["draft", "published", "archived"], { error: "status is draft, published or archived" });

// The content that sells a trip (itinerary, meeting point, inclusions, group size, languages). Languages are ISO 639-1
// codes, so pages can show them in the reader's language with Intl.DisplayNames.
export { isLanguageCode };

export const ItineraryDay = z.strictObject({
  day: z
    .number({ error: "Itinerary day must be a number" })
    .int("Itinerary day is a whole number")
    .min(1, "Itinerary days start at 1")
    .max(365, "Itinerary day is at most 365"),
  title: text({ error: "Each itinerary day needs a title" })
    .trim()
    .min(1, "Each itinerary day needs a title")
    .max(120, "Itinerary titles are at most 120 characters"),
  description: text().trim().max(2000, "Itinerary descriptions are at most 2000 characters").default(""),
});
export type ItineraryDay = z.infer<typeof ItineraryDay>;

/** Each day once; a repeat is reported at its own entry (itinerary.3.day) with the entry it repeats in `params`. */
function eachDayOnce(days: { day: number }[], ctx: z.RefinementCtx) {
  const first = new Map<number, number>();
  days.forEach(({ day }, i) => {
    const earlier = first.get(day);
    if (earlier === undefined) first.set(day, i);
    else
      ctx.addIssue({
        code: "custom",
        path: [i, "day"],
        message: `Day ${day} appears more than once`,
        params: { repeats: earlier },
      });
  });
}

/**
 * The itinerary as sent, in the order sent, so every issue's path points at the entry a client wrote; the trip
 * schemas put it in day order once everything is checked.
 */
const ItineraryDays = z.array(ItineraryDay).max(60, "At most 60 itinerary days").superRefine(eachDayOnce);
const inDayOrder = (days: ItineraryDay[]) => [...days].sort((a, b) => a.day - b.day);

/** Days are unique and returned in day order, whatever order they were sent in. */
export const TripItinerary = ItineraryDays.transform(inDayOrder);

/** Each day past the trip's last is reported at its own entry: `itinerary.2.day` "Day 9 is past the trip's 7 days". */
function daysPastTheEnd(
  days: readonly { day: number }[],
  durationDays: number,
  ctx: z.RefinementCtx,
  path: PropertyKey[] = [],
) {
  days.forEach(({ day }, i) => {
    if (day > durationDays)
      ctx.addIssue({
        code: "custom",
        path: [...path, i, "day"],
        message: `Day ${day} is past the trip's ${plural(durationDays, "day")}`,
      });
  });
}

/** The itinerary of a trip that lasts `durationDays` (unknown: not checked), as the vendor form checks it line by line. */
export const itineraryFor = (durationDays?: number) =>
  ItineraryDays.superRefine((days, ctx) => {
    if (durationDays !== undefined) daysPastTheEnd(days, durationDays, ctx);
  });

const ListItem = text({ error: "List items are text" })
  .trim()
  .min(1, "List items cannot be empty")
  .max(200, "List items are at most 200 characters");
const ItemList = z.array(ListItem).max(30, "At most 30 items");

const ContentFields = {
  itinerary: ItineraryDays,
  meetingPoint: text()
    .trim()
    .max(300, "Meeting point is at most 300 characters")
    .nullable()
    .transform((v) => v || null),
  included: ItemList,
  notIncluded: ItemList,
  maxGroupSize: z
    .number({ error: "Group size must be a number" })
    .int("Group size is a whole number of travellers")
    .min(1, "Group size is at least 1")
    .max(500, "Group size is at most 500")
    .nullable(),
  languages: z
    .array(text().trim().toLowerCase().refine(isLanguageCode, "Languages are ISO 639-1 codes, e.g. en, pt, es"))
    .max(10, "At most 10 languages")
    .transform((codes) => [...new Set(codes)]),
};

const TripFields = {
  title: text({ error: "Title is required" })
    .trim()
    .min(3, "Title must be at least 3 characters")
    .max(120, "Title must be at most 120 characters"),
  description: text({ error: "Description is required" })
    .trim()
    .min(20, "Describe the trip in at least 20 characters")
    .max(10_000),
  city: text({ error: "City is required" }).trim().min(1, "City is required").max(80),
  country: text({ error: "Country is required" }).trim().min(2, "Country is required").max(80),
  pricePerSeat: Money("Price per seat"),
  currency: Currency.default("usd"),
  durationDays: z
    .number({ error: "Duration must be a number of days" })
    .int("Duration is a whole number of days")
    .min(1, "A trip lasts at least 1 day")
    .max(365),
  cancellationPolicy: Policy.default("moderate"),
  images: z.array(ImageUrl).max(12, "At most 12 images").default([]),
  status: Status.default("draft"),
  itinerary: ContentFields.itinerary.default([]),
  meetingPoint: ContentFields.meetingPoint.default(null),
  included: ContentFields.included.default([]),
  notIncluded: ContentFields.notIncluded.default([]),
  maxGroupSize: ContentFields.maxGroupSize.default(null),
  languages: ContentFields.languages.default([]),
};

/** A price Stripe cannot charge (below its minimum for the currency) is refused here rather than at checkout. */
function chargeablePrice(v: { pricePerSeat?: number; currency?: string }, ctx: z.RefinementCtx) {
  if (v.pricePerSeat === undefined || v.currency === undefined) return;
  const message = belowMinimumMessage(v.pricePerSeat, v.currency);
  if (message) ctx.addIssue({ code: "custom", path: ["pricePerSeat"], message: `Price per seat ${message}` });
}

/** An itinerary cannot describe more days than the trip lasts (checked on update only when both are sent). */
function itineraryWithinDuration(v: { itinerary?: ItineraryDay[]; durationDays?: number }, ctx: z.RefinementCtx) {
  if (v.itinerary && v.durationDays !== undefined) daysPastTheEnd(v.itinerary, v.durationDays, ctx, ["itinerary"]);
}

/** Last, after every check has named entries by their position as sent. */
const itineraryInDayOrder = <T extends { itinerary?: ItineraryDay[] }>(v: T): T =>
  v.itinerary ? { ...v, itinerary: inDayOrder(v.itinerary) } : v;

export const CreateTripInput = z
  .strictObject(TripFields)
  .superRefine(chargeablePrice)
  .superRefine(itineraryWithinDuration)
  .transform(itineraryInDayOrder);
export type CreateTripInput = z.infer<typeof CreateTripInput>;

/** A price without its currency (or the reverse) is checked against the stored trip in updateTrip. */
export const UpdateTripInput = z
  .strictObject({
    title: TripFields.title.optional(),
    description: TripFields.description.optional(),
    city: TripFields.city.optional(),
    country: TripFields.country.optional(),
    pricePerSeat: TripFields.pricePerSeat.optional(),
    currency: Currency.optional(),
    durationDays: TripFields.durationDays.optional(),
    cancellationPolicy: Policy.optional(),
    images: z.array(ImageUrl).max(12, "At most 12 images").optional(),
    status: Status.optional(),
    itinerary: ContentFields.itinerary.optional(),
    meetingPoint: ContentFields.meetingPoint.optional(),
    included: ContentFields.included.optional(),
    notIncluded: ContentFields.notIncluded.optional(),
    maxGroupSize: ContentFields.maxGroupSize.optional(),
    languages: ContentFields.languages.optional(),
  })
  .superRefine(chargeablePrice)
  .superRefine(itineraryWithinDuration)
  .transform(itineraryInDayOrder);
export type UpdateTripInput = z.infer<typeof UpdateTripInput>;

/**
 * `startsAt` is an ISO instant (`2027-06-01T08:30:00Z`, `…+01:00`) or a local date-time without an offset
 * (`2027-06-01T09:30`) read in the departure's time zone; either must be a real calendar moment in 1970–2100.
 * A `priceOverride` is checked against the trip's currency in addDeparture.
 */
export const CreateDepartureInput = z
  .strictObject({
    startsAt: text({ error: "startsAt is required" }).trim().min(1, "startsAt is required"),
    timeZone: text({ error: "timeZone is required" })
      .trim()
      .refine(isTimeZone, "timeZone must be an IANA zone, e.g. Europe/Lisbon"),
    capacity: z
      .number({ error: "capacity must be a number" })
      .int("capacity is a whole number of seats")
      .min(1, "Capacity is at least 1 seat")
      .max(500, "Capacity is at most 500 seats"),
    priceOverride: Money("Price override").nullish(),
  })
  .transform((v, ctx) => {
    const parts = checkIsoDate(v.startsAt, { time: true });
    if (typeof parts === "string") {
      ctx.addIssue({ code: "custom", path: ["startsAt"], message: `startsAt ${parts}` });
      return z.NEVER;
    }
    const instant =
      parts.offsetMinutes === undefined
        ? new Date(
            new TZDate(
              parts.year,
              parts.month - 1,
              parts.day,
              parts.hour,
              parts.minute,
              parts.second,
              v.timeZone,
            ).getTime(),
          )
        : partsToDate(parts);
    return { ...v, startsAt: instant, priceOverride: v.priceOverride ?? null };
  });
export type CreateDepartureInput = z.infer<typeof CreateDepartureInput>;

const Count = (label: string, max: number) =>
  queryNumber(
    z
      .number({ error: `${label} must be a whole number` })
      .int(`${label} must be a whole number`)
      .min(1, `${label} is at least 1`)
      .max(max, `${label} is at most ${max}`),
  );

export const SearchTripsQuery = PageQuery.extend({
  q: text()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  destination: text()
    .trim()
    .max(100)
    .optional()
    .transform((v) => v || undefined),
  from: isoDate().optional(),
  to: isoDate().optional(),
  minPrice: queryNumber(Money("minPrice")).optional(),
  maxPrice: queryNumber(Money("maxPrice")).optional(),
  seats: Count("seats", 500).optional(),
  sort: z
    .enum(["relevance", "soonest", "price_asc", "price_desc", "rating"], {
      error: "sort is relevance, soonest, price_asc, price_desc or rating",
    })
    .optional(),
  limit: Count("limit", 100).default(20),
})
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "to must be on or after from" })
  .refine((q) => q.minPrice === undefined || q.maxPrice === undefined || q.minPrice <= q.maxPrice, {
    path: ["maxPrice"],
    message: "maxPrice must be at least minPrice",
  });
export type SearchTripsQuery = z.infer<typeof SearchTripsQuery>;
