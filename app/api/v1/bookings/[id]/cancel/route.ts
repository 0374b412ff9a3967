// POST /api/v1/bookings/:id/cancel — cancel with a refund by the trip's policy (traveller) or in full (vendor, admin)
import { readOptionalJson } from "@/lib/api/body";
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { toBookingDto, toRefundDto } from "@/lib/bookings/booking-dto";
import { cancelBooking } from "@/lib/bookings/cancel-booking";
import { CancelBookingInput } from "@/lib/bookings/schemas";
import { limitRefunds } from "@/lib/rate-limit/limits";

export const POST = withAuth<{ id: string }>({ permission: "bookings:cancel_own" }, async ({ req, actor, params }) => {
  // a cancellation refunds by the policy: it counts against the same limit as an admin's refund
  await limitRefunds(actor.id);
  const input = await readOptionalJson(req, CancelBookingInput);
  const { booking, refund } = await cancelBooking(actor, params.id, input);
  return Response.json({ booking: toBookingDto(booking), refund: refund ? toRefundDto(refund) : null });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
