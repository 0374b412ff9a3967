import "server-only";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { db } from "../db";

// Catalogue browsing for the trips page. Plain filters for now; ranked full-text search arrives with the catalogue
// issue (tsvector + GIN index).
export const BrowseTripsQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  destination: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type BrowseTripsQuery = z.infer<typeof BrowseTripsQuery>;

export const PAGE_SIZE = 12;

export async function browseTrips(query: BrowseTripsQuery, now = new Date()) {
  const where: Prisma.TripWhereInput = { status: "published" };
  if (query.destination) where.city = { equals: query.destination, mode: "insensitive" };
  if (query.q) {
    where.OR = ["title", "description", "city", "country"].map((field) => ({ [field]: { contains: query.q, mode: "insensitive" } }));
  }
  const [total, trips] = await Promise.all([
    db.trip.count({ where }),
    db.trip.findMany({
      where,
      include: {
        vendor: { select: { vendorProfile: { select: { displayName: true } } } },
        departures: { where: { status: "scheduled", startsAt: { gt: now } }, orderBy: { startsAt: "asc" }, take: 1 },
      },
      orderBy: [{ title: "asc" }],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return { total, trips, page: query.page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
