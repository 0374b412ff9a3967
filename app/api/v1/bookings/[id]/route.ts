// GET /api/v1/bookings/:id — owner, the trip's vendor or an admin; PUT edits contact details and notes
import { readJson } from "@/lib/api/body";
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { toBookingDto, toPaymentDto, toRefundDto } from "@/lib/bookings/booking-dto";
import { getBooking } from "@/lib/bookings/get-booking";
import { UpdateBookingInput } from "@/lib/bookings/schemas";
import { updateBooking } from "@/lib/bookings/update-booking";

type P = { id: string };

export const GET = withAuth<P>({ permission: "bookings:read_own" }, async ({ actor, params }) => {
  const { booking, relation } = await getBooking(actor, params.id);
  const [payment] = booking.payments;
  return Response.json({
    booking: toBookingDto(booking),
    payment: payment ? toPaymentDto(payment, { forOwner: relation === "owner" }) : null,
    refunds: booking.refunds.map(toRefundDto),
  });
});

export const PUT = withAuth<P>({ permission: "bookings:update_own" }, async ({ req, actor, params }) => {
  const input = await readJson(req, UpdateBookingInput);
  const booking = await updateBooking(actor, params.id, input);
  return Response.json({ booking: toBookingDto(booking) });
});

export const { OPTIONS, POST, PATCH, DELETE } = allowOnly("GET", "PUT");
