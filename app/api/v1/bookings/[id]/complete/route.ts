// POST /api/v1/bookings/:id/complete — the trip's vendor (once the departure started) or an admin completes a booking
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { toBookingDto } from "@/lib/bookings/booking-dto";
import { completeBooking } from "@/lib/bookings/complete-booking";

export const POST = withAuth<{ id: string }>({ permission: "bookings:complete" }, async ({ actor, params }) => {
  const booking = await completeBooking(actor, params.id);
  return Response.json({ booking: toBookingDto(booking) });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
