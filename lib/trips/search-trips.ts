import "server-only";
import { cached } from "../cache/cache";
import { TTL, keys, tags } from "../cache/entries";
import { pgPool } from "../db-pool";
import type { SearchTripsQuery } from "./schemas";
import { type TripSearchRow, searchTripsSql } from "./search-sql";

export { type TripSearchRow, toSearchResultDto } from "./search-sql";

/**
 * Ranked full-text search (the generated, GIN-indexed tsvector) with destination, price, date-range and seat filters.
 * Only trips with at least one upcoming departure matching the date and seat filters are returned; the soonest such
 * departure comes with each trip. One SQL statement (lib/trips/search-sql.ts), so the database does the filtering,
 * sorting and counting.
 */
export function searchTrips(query: SearchTripsQuery, now?: Date): Promise<{ rows: TripSearchRow[]; total: number }> {
  // an explicit `now` asks about another moment than the present: not what the shared entry holds
  if (now) return searchUncached(query, now);
  // per normalized query, 60 s; bookings (seats left), trip edits and vendor names invalidate `catalogue` at once
  return cached(keys.search(query), { ttlSeconds: TTL.search, tags: [tags.catalogue] }, () =>
    searchUncached(query, new Date()),
  );
}

async function searchUncached(query: SearchTripsQuery, now: Date): Promise<{ rows: TripSearchRow[]; total: number }> {
  const sql = searchTripsSql(query, now);
  const { rows } = await pgPool().query<TripSearchRow>(sql.text, sql.values);
  if (rows.length > 0 || query.page === 1) return { rows, total: rows.length > 0 ? Number(rows[0].total) : 0 };
  // a page past the end has no row to carry the window count: the first page tells the total
  const first = await searchUncached({ ...query, page: 1, limit: 1 }, now);
  return { rows, total: first.total };
}
