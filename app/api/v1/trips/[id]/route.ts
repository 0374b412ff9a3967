// GET /api/v1/trips/:id — a trip with its upcoming departures; PUT edits it and DELETE archives it (vendor, admin)
import { readJson } from "@/lib/api/body";
import { withAuth, withOptionalAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { archiveTrip } from "@/lib/trips/archive-trip";
import { getTripForViewer } from "@/lib/trips/get-trip";
import { UpdateTripInput } from "@/lib/trips/schemas";
import { toTripDto } from "@/lib/trips/trip-dto";
import { updateTrip } from "@/lib/trips/update-trip";

type P = { id: string };

export const GET = withOptionalAuth<P>(async ({ actor, params }) => {
  const trip = await getTripForViewer(actor, params.id);
  return Response.json({ trip: toTripDto(trip, trip.departures) });
});

export const PUT = withAuth<P>({ permission: "trips:manage_own" }, async ({ req, actor, params }) => {
  const input = await readJson(req, UpdateTripInput);
  const trip = await updateTrip(actor, params.id, input);
  return Response.json({ trip: toTripDto(trip) });
});

export const DELETE = withAuth<P>({ permission: "trips:manage_own" }, async ({ actor, params }) => {
  const trip = await archiveTrip(actor, params.id);
  return Response.json({ trip: toTripDto(trip) });
});

export const { OPTIONS, POST, PATCH } = allowOnly("GET", "PUT", "DELETE");
