// GET /api/v1/waitlist — the caller's waitlist entries, oldest first
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { listMyWaitlist } from "@/lib/waitlist/list-my-waitlist";

export const GET = withAuth({ permission: "waitlist:join" }, async ({ actor }) => {
  const entries = await listMyWaitlist(actor);
  return Response.json({
    data: entries.map((e) => ({
      id: e.id,
      departureId: e.departureId,
      tripId: e.departure.trip.id,
      tripTitle: e.departure.trip.title,
      startsAt: e.departure.startsAt.toISOString(),
      timeZone: e.departure.timeZone,
      seats: e.seats,
      seatsLeft: Math.max(0, e.departure.capacity - e.departure.seatsTaken),
      notified: e.notifiedAt !== null,
      createdAt: e.createdAt.toISOString(),
    })),
  });
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
