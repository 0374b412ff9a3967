import { Prisma } from "@prisma/client";
import { tripRating } from "../reviews/rules";
import type { SearchTripsQuery } from "./schemas";

export interface TripSearchRow {
  id: string;
  vendorId: string;
  title: string;
  description: string;
  city: string;
  country: string;
  pricePerSeat: number;
  currency: string;
  durationDays: number;
  cancellationPolicy: "flexible" | "moderate" | "strict";
  images: string[];
  status: "published";
  nextStartsAt: Date;
  nextTimeZone: string;
  nextSeatsLeft: number;
  ratingSum: number;
  ratingCount: number;
  rank: number;
  total: bigint;
}

const DAY_MS = 86_400_000;

/** The trip search statement. Framework-free, so the search benchmark's bare server runs exactly the same SQL. */
export function searchTripsSql(query: SearchTripsQuery, now: Date): Prisma.Sql {
  const tsquery = query.q ? Prisma.sql`websearch_to_tsquery('english', ${query.q})` : null;
  const dep: Prisma.Sql[] = [
    Prisma.sql`d."tripId" = t.id`,
    Prisma.sql`d.status = 'scheduled'`,
    Prisma.sql`d."startsAt" > ${now}`,
  ];
  if (query.from) dep.push(Prisma.sql`d."startsAt" >= ${query.from}`);
  // `to` is a whole day: departures on that day are included
  if (query.to) dep.push(Prisma.sql`d."startsAt" < ${new Date(query.to.getTime() + DAY_MS)}`);
  if (query.seats) dep.push(Prisma.sql`d.capacity - d."seatsTaken" >= ${query.seats}`);

  const where: Prisma.Sql[] = [Prisma.sql`t.status = 'published'`];
  if (tsquery) where.push(Prisma.sql`t."searchVector" @@ ${tsquery}`);
  if (query.destination)
    where.push(
      Prisma.sql`(lower(t.city) = lower(${query.destination}) OR lower(t.country) = lower(${query.destination}))`,
    );
  if (query.minPrice !== undefined) where.push(Prisma.sql`t."pricePerSeat" >= ${query.minPrice}`);
  if (query.maxPrice !== undefined) where.push(Prisma.sql`t."pricePerSeat" <= ${query.maxPrice}`);

  const sort = query.sort ?? (tsquery ? "relevance" : "soonest");
  const orderBy = {
    relevance: Prisma.sql`rank DESC, next."startsAt" ASC, t.id`,
    soonest: Prisma.sql`next."startsAt" ASC, t.id`,
    price_asc: Prisma.sql`t."pricePerSeat" ASC, next."startsAt" ASC, t.id`,
    price_desc: Prisma.sql`t."pricePerSeat" DESC, next."startsAt" ASC, t.id`,
    // best average first, then the most reviewed; unrated trips last (the expression of the trips_rating_idx index)
    rating: Prisma.sql`(t."ratingSum"::float8 / NULLIF(t."ratingCount", 0)) DESC NULLS LAST, t."ratingCount" DESC, next."startsAt" ASC, t.id`,
  }[sort];

  return Prisma.sql`
    SELECT t.id, t."vendorId", t.title, t.description, t.city, t.country, t."pricePerSeat", t.currency, t."durationDays",
           t."cancellationPolicy"::text AS "cancellationPolicy", COALESCE(t.images, ARRAY[]::text[]) AS images, t.status::text AS status,
           t."ratingSum", t."ratingCount",
           next."startsAt" AS "nextStartsAt", next."timeZone" AS "nextTimeZone", next."seatsLeft" AS "nextSeatsLeft",
           ${tsquery ? Prisma.sql`ts_rank(t."searchVector", ${tsquery})` : Prisma.sql`0`}::float4 AS rank,
           count(*) OVER () AS total
    FROM trips t
    JOIN LATERAL (
      SELECT d."startsAt", d."timeZone", d.capacity - d."seatsTaken" AS "seatsLeft"
      FROM departures d WHERE ${Prisma.join(dep, " AND ")}
      ORDER BY d."startsAt" LIMIT 1
    ) next ON true
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${orderBy}
    LIMIT ${query.limit} OFFSET ${(query.page - 1) * query.limit}`;
}

export function toSearchResultDto(row: TripSearchRow) {
  return {
    id: row.id,
    vendorId: row.vendorId,
    title: row.title,
    description: row.description,
    city: row.city,
    country: row.country,
    pricePerSeat: row.pricePerSeat,
    currency: row.currency,
    durationDays: row.durationDays,
    cancellationPolicy: row.cancellationPolicy,
    images: row.images ?? [],
    status: row.status,
    rating: tripRating(row),
    nextDeparture: {
      startsAt: row.nextStartsAt.toISOString(),
      timeZone: row.nextTimeZone,
      seatsLeft: Number(row.nextSeatsLeft),
    },
  };
}
