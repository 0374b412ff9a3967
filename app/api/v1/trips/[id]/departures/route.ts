// POST /api/v1/trips/:id/departures — add a dated departure to a trip (its vendor, admin)
import { readJson } from "@/lib/api/body";
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { addDeparture } from "@/lib/trips/add-departure";
import { CreateDepartureInput } from "@/lib/trips/schemas";
import { toDepartureDto } from "@/lib/trips/trip-dto";

export const POST = withAuth<{ id: string }>({ permission: "trips:manage_own" }, async ({ req, actor, params }) => {
  const input = await readJson(req, CreateDepartureInput);
  const departure = await addDeparture(actor, params.id, input);
  return Response.json({ departure: toDepartureDto(departure) }, { status: 201 });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
