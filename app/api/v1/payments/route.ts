// POST /api/v1/payments — a new checkout for the caller's pending booking (e.g. after a declined card)
import { readJson } from "@/lib/api/body";
import { withAuth } from "@/lib/api/handler";
import { withIdempotency } from "@/lib/api/idempotency";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { toPaymentDto } from "@/lib/bookings/booking-dto";
import { RetryPaymentInput } from "@/lib/bookings/schemas";
import { retryPayment } from "@/lib/payments/retry-payment";

export const POST = withAuth({ permission: "bookings:create" }, async ({ req, actor }) => {
  const input = await readJson(req, RetryPaymentInput);
  return withIdempotency(req, actor, input, async () => {
    const payment = await retryPayment(actor, input.bookingId);
    return Response.json({ payment: toPaymentDto(payment, { forOwner: true }) }, { status: 201 });
  });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
