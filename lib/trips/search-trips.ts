import "server-only";
import { readPool } from "../db-pool";
import type { SearchTripsQuery } from "./schemas";
import { type TripSearchRow, searchTripsSql } from "./search-sql";

export { type TripSearchRow, toSearchResultDto } from "./search-sql";

/**
 * Ranked full-text search (the generated, GIN-indexed tsvector) with destination, price, date-range and seat filters.
 * Only trips with at least one upcoming departure matching the date and seat filters are returned; the soonest such
 * departure comes with each trip. One SQL statement (lib/trips/search-sql.ts), so the database does the filtering,
 * sorting and counting.
 */
export async function searchTrips(query: SearchTripsQuery, now = new Date()): Promise<{ rows: TripSearchRow[]; total: number }> {
  const sql = searchTripsSql(query, now);
  const { rows } = await readPool().query<TripSearchRow>(sql.text, sql.values);
  if (rows.length > 0 || query.page === 1) return { rows, total: rows.length > 0 ? Number(rows[0].total) : 0 };
  // a page past the end has no row to carry the window count: the first page tells the total
  const first = await searchTrips({ ...query, page: 1, limit: 1 }, now);
  return { rows, total: first.total };
}

