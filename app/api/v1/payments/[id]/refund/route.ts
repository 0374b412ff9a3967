// POST /api/v1/payments/:id/refund — an admin refunds part or all of a payment
import { z } from "zod";
import { readJson } from "@/lib/api/body";
import { withAuth } from "@/lib/api/handler";
import { withIdempotency } from "@/lib/api/idempotency";
import { toPaymentDto, toRefundDto } from "@/lib/bookings/booking-dto";
import { refundPayment } from "@/lib/payments/refund-payment";

const RefundInput = z.strictObject({ amount: z.number({ error: "amount must be a number of minor units" }).int().positive("amount must be positive").optional() });

export const POST = withAuth<{ id: string }>({ permission: "payments:refund" }, async ({ req, actor, params }) => {
  const hasBody = (req.headers.get("content-length") ?? "0") !== "0";
  const input = hasBody ? await readJson(req, RefundInput) : {};
  return withIdempotency(req, actor, input, async () => {
    const refund = await refundPayment(actor, params.id, input.amount);
    const { payment, ...rest } = refund;
    return Response.json({ refund: toRefundDto(rest), payment: toPaymentDto(payment, { forOwner: false }) }, { status: 201 });
  });
});
