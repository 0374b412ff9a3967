// POST /api/v1/payments/:id/refund — an admin refunds part or all of a payment
import { readOptionalJson } from "@/lib/api/body";
import { withAuth } from "@/lib/api/handler";
import { withIdempotency } from "@/lib/api/idempotency";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { toPaymentDto, toRefundDto } from "@/lib/bookings/booking-dto";
import { RefundPaymentInput } from "@/lib/bookings/schemas";
import { refundPayment } from "@/lib/payments/refund-payment";
import { limitRefunds } from "@/lib/rate-limit/limits";

export const POST = withAuth<{ id: string }>({ permission: "payments:refund" }, async ({ req, actor, params }) => {
  const input = await readOptionalJson(req, RefundPaymentInput);
  return withIdempotency(req, actor, input, async () => {
    // inside: a replayed Idempotency-Key refunds nothing and does not count
    await limitRefunds(actor.id);
    const refund = await refundPayment(actor, params.id, input.amount);
    const { payment, ...rest } = refund;
    return Response.json(
      { refund: toRefundDto(rest), payment: toPaymentDto(payment, { forOwner: false }) },
      { status: 201 },
    );
  });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
