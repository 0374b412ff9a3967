// POST /api/v1/departures/:id/cancel — cancel a departure and all its bookings with full refunds (vendor, admin)
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { cancelDeparture } from "@/lib/trips/cancel-departure";
import { toDepartureDto } from "@/lib/trips/trip-dto";

export const POST = withAuth<{ id: string }>({ permission: "trips:manage_own" }, async ({ actor, params }) => {
  const { departure, cancelledBookings } = await cancelDeparture(actor, params.id);
  return Response.json({ departure: toDepartureDto(departure), cancelledBookings });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
