import type { Departure, Trip } from "@prisma/client";

export function toDepartureDto(d: Departure) {
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

export function toTripDto(t: Trip, departures?: Departure[]) {
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
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    ...(departures ? { departures: departures.map(toDepartureDto) } : {}),
  };
}
