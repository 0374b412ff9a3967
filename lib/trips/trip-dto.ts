import type { Departure, Trip } from "@prisma/client";
import { z } from "zod";
import { CurrencyCode, IsoDateTime, MinorUnits, PolicyName } from "../openapi/fields";
import { TripRatingDto } from "../reviews/review-dto";
import { tripRating } from "../reviews/rules";
import { TripItinerary, type ItineraryDay } from "./schemas";

// The response shapes are zod schemas, so the OpenAPI document publishes exactly what these functions return.
export const DepartureDto = z.object({
  id: z.string(),
  tripId: z.string(),
  startsAt: IsoDateTime,
  timeZone: z.string().describe("IANA time zone the departure is local to"),
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
  priceOverride: MinorUnits.nullable(),
  status: z.enum(["scheduled", "cancelled"]),
});
export type DepartureDto = z.infer<typeof DepartureDto>;

export function toDepartureDto(d: Departure): DepartureDto {
  return {
    id: d.id,
    tripId: d.tripId,
    startsAt: d.startsAt.toISOString(),
    timeZone: d.timeZone,
    capacity: d.capacity,
    seatsLeft: Math.max(0, d.capacity - d.seatsTaken),
    priceOverride: d.priceOverride,
    status: d.status,
  };
}

export const TripDto = z.object({
  id: z.string(),
  vendorId: z.string(),
  title: z.string(),
  description: z.string(),
  city: z.string(),
  country: z.string(),
  pricePerSeat: MinorUnits,
  currency: CurrencyCode,
  durationDays: z.number().int(),
  cancellationPolicy: PolicyName,
  images: z.array(z.string()),
  status: z.enum(["draft", "published", "archived"]),
  rating: TripRatingDto.describe("Average stars and number of the visible reviews"),
  itinerary: z
    .array(z.object({ day: z.number().int(), title: z.string(), description: z.string() }))
    .describe("Day-by-day plan, in day order"),
  meetingPoint: z.string().nullable(),
  included: z.array(z.string()),
  notIncluded: z.array(z.string()),
  maxGroupSize: z.number().int().nullable(),
  languages: z.array(z.string()).describe("ISO 639-1 codes of the languages the trip is guided in"),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  departures: z.array(DepartureDto).optional().describe("Upcoming departures, when the endpoint includes them"),
});
export type TripDto = z.infer<typeof TripDto>;

export function toTripDto(t: Trip, departures?: Departure[]): TripDto {
  return {
    id: t.id,
    vendorId: t.vendorId,
    title: t.title,
    description: t.description,
    city: t.city,
    country: t.country,
    pricePerSeat: t.pricePerSeat,
    currency: t.currency,
    durationDays: t.durationDays,
    cancellationPolicy: t.cancellationPolicy,
    images: t.images,
    status: t.status,
    rating: tripRating(t),
    itinerary: storedItinerary(t.itinerary),
    meetingPoint: t.meetingPoint,
    included: t.included,
    notIncluded: t.notIncluded,
    maxGroupSize: t.maxGroupSize,
    languages: t.languages,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    ...(departures ? { departures: departures.map(toDepartureDto) } : {}),
  };
}

/** The stored JSON was validated on the way in; a row edited by hand that no longer parses shows no itinerary. */
export function storedItinerary(value: unknown): ItineraryDay[] {
  const parsed = TripItinerary.safeParse(value);
  return parsed.success ? parsed.data : [];
}
