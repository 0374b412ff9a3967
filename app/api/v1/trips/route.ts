// GET /api/v1/trips — ranked search with filters; POST /api/v1/trips — a vendor creates a trip
import { readJson } from "@/lib/api/body";
import { withAuth, withPublic } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { pageResponse } from "@/lib/pagination";
import { readQuery } from "@/lib/api/query";
import { createTrip } from "@/lib/trips/create-trip";
import { CreateTripInput, SearchTripsQuery } from "@/lib/trips/schemas";
import { searchTrips, toSearchResultDto } from "@/lib/trips/search-trips";
import { toTripDto } from "@/lib/trips/trip-dto";

// search is public and identical for everyone, so it skips authentication entirely
export const GET = withPublic(async ({ req }) => {
  const query = readQuery(req, SearchTripsQuery);
  const { rows, total } = await searchTrips(query);
  return Response.json(pageResponse(rows.map(toSearchResultDto), query, total));
});

export const POST = withAuth({ permission: "trips:manage_own" }, async ({ req, actor }) => {
  const input = await readJson(req, CreateTripInput);
  const trip = await createTrip(actor, input);
  return Response.json({ trip: toTripDto(trip, []) }, { status: 201 });
});

export const { OPTIONS, PUT, PATCH, DELETE } = allowOnly("GET", "POST");
