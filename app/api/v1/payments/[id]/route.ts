// GET /api/v1/payments/:id — payment status for the booking's traveller, the trip's vendor or an admin
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { toPaymentDto, toRefundDto } from "@/lib/bookings/booking-dto";
import { getPayment } from "@/lib/payments/get-payment";

export const GET = withAuth<{ id: string }>({ permission: "bookings:read_own" }, async ({ actor, params }) => {
  const { payment, relation } = await getPayment(actor, params.id);
  return Response.json({
    payment: toPaymentDto(payment, { forOwner: relation === "owner" }),
    refunds: payment.refunds.map(toRefundDto),
  });
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
