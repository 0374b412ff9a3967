// POST /api/v1/bookings — hold seats and start payment; GET /api/v1/bookings — bookings the caller may see
import { readJson } from "@/lib/api/body";
import { withAuth } from "@/lib/api/handler";
import { withIdempotency } from "@/lib/api/idempotency";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { pageResponse } from "@/lib/pagination";
import { readQuery } from "@/lib/api/query";
import { toBookingDto, toPaymentDto } from "@/lib/bookings/booking-dto";
import { createBooking } from "@/lib/bookings/create-booking";
import { listBookings } from "@/lib/bookings/list-bookings";
import { CreateBookingInput, ListBookingsQuery } from "@/lib/bookings/schemas";
import { limitBookingCreation } from "@/lib/rate-limit/limits";

export const POST = withAuth({ permission: "bookings:create" }, async ({ req, actor }) => {
  const input = await readJson(req, CreateBookingInput);
  return withIdempotency(req, actor, input, async () => {
    // inside: a replayed Idempotency-Key creates nothing and does not count
    await limitBookingCreation(actor.id);
    const { booking, payment } = await createBooking(actor, input);
    return Response.json(
      { booking: toBookingDto(booking), payment: toPaymentDto(payment, { forOwner: true }) },
      { status: 201 },
    );
  });
});

export const GET = withAuth({ permission: "bookings:read_own" }, async ({ req, actor }) => {
  const query = readQuery(req, ListBookingsQuery);
  const { rows, total } = await listBookings(actor, query);
  return Response.json(pageResponse(rows.map(toBookingDto), query, total));
});

export const { OPTIONS, PUT, PATCH, DELETE } = allowOnly("GET", "POST");
