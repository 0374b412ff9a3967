"use server";

import { cancelBooking, previewCancellation } from "@/lib/bookings/cancel-booking";
import { RefundPaymentInput } from "@/lib/bookings/schemas";
import { formatMoney } from "@/lib/format";
import { Id, action, formAction } from "@/lib/forms/action";
import { formMoney } from "@/lib/forms/form-state";
import { Currency } from "@/lib/money/currency-schema";
import { amountExamples } from "@/lib/money/decimal";
import { refundPayment } from "@/lib/payments/refund-payment";
import { limitRefunds } from "@/lib/rate-limit/limits";

// the booking page, and the lists that show its status
const bookingPages = (bookingId: string) => [`/bookings/${bookingId}`, "/bookings"];

/** The refund a cancellation would give now, shown in the dialog before the traveller confirms. */
export const previewCancellationAction = action(
  { permission: "bookings:read_own", args: [Id] },
  async ({ actor, args: [bookingId] }) => ({
    ok: true,
    data: await previewCancellation(actor, bookingId),
  }),
);

export const cancelBookingAction = action(
  { permission: "bookings:cancel_own", args: [Id], revalidate: bookingPages },
  async ({ actor, args: [bookingId] }) => {
    // a cancellation refunds by the policy: it counts against the same limit as an admin's refund
    await limitRefunds(actor.id);
    const { refund } = await cancelBooking(actor, bookingId);
    return {
      ok: true,
      message: refund
        ? `Booking cancelled. ${formatMoney(refund.amount, refund.currency)} is being refunded.`
        : "Booking cancelled.",
    };
  },
);

/** An admin refunds part of a payment (typed in its currency, "25.50") or, left empty, all that remains. */
export const refundPaymentAction = formAction(
  {
    permission: "payments:refund",
    args: [Id, Currency],
    fields: ["amount"],
    schema: RefundPaymentInput,
    input: (values, { args: [, currency], invalid }) => {
      const amount = formMoney(values.amount, currency);
      if (amount === null) invalid("amount", `Enter an amount such as ${amountExamples(25, currency)}`);
      return amount == null ? {} : { amount };
    },
    revalidate: [{ layout: "/bookings" }, "/admin"],
  },
  async ({ actor, args: [paymentId], input }) => {
    await limitRefunds(actor.id);
    const refund = await refundPayment(actor, paymentId, input.amount);
    return { ok: true, message: `Refunded ${formatMoney(refund.amount, refund.currency)} (${refund.status}).` };
  },
);
