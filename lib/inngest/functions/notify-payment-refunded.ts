import { events } from "../../events/definitions";
import { formatMoney } from "../../ui/format";
import { bookingNotification } from "./booking-notification";

export const notifyPaymentRefunded = bookingNotification("notify-payment-refunded", events.paymentRefunded, (ctx, data) => [
  {
    to: "traveller",
    type: "payment_refunded",
    title: `Refund of ${formatMoney(Number(data.refundAmount), String(data.currency))}`,
    paragraphs: [`We refunded ${formatMoney(Number(data.refundAmount), String(data.currency))} for ${ctx.tripTitle} to your card. It usually appears within 5–10 business days.`],
    ctaLabel: "View receipt",
  },
]);
