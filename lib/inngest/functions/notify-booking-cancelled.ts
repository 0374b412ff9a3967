import { events } from "../../events/definitions";
import { formatMoney } from "../../ui/format";
import { bookingNotification } from "./booking-notification";

export const notifyBookingCancelled = bookingNotification("notify-booking-cancelled", events.bookingCancelled, (ctx, data) => {
  const refund = Number(data.refundAmount ?? 0);
  const refundText = refund > 0 ? `A refund of ${formatMoney(refund, String(data.currency))} is on its way to your card.` : "No refund is due under the trip's cancellation policy.";
  const who = data.cancelledBy === "traveller" ? "You cancelled" : "The trip's operator cancelled";
  return [
    { to: "traveller", type: "booking_cancelled", title: `Booking cancelled: ${ctx.tripTitle}`, paragraphs: [`${who} your booking for ${ctx.when}. ${refundText}`] },
    {
      to: "vendor",
      type: "booking_cancelled_vendor",
      title: `Cancellation: ${ctx.tripTitle}`,
      paragraphs: [`A booking of ${ctx.seats} seat${ctx.seats === 1 ? "" : "s"} on ${ctx.when} was cancelled (${data.cancelledBy}). Refund: ${formatMoney(refund, String(data.currency))}. The seats are available again.`],
      ctaLabel: "Open your dashboard",
    },
  ];
});
