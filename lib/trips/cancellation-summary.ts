// What the vendor reads before cancelling a departure. Pure, so the dialog and its tests share it.
import { formatMoney } from "../format";
import { plural } from "../text/plural";

export interface CancellationCounts {
  bookings: number;
  travellers: number;
  refundAmount: number;
  currency: string;
}

/** "3 travellers on 2 bookings will be refunded $450 in full." — or why nothing is refunded. */
export function cancellationSummary({ bookings, travellers, refundAmount, currency }: CancellationCounts): string {
  if (bookings === 0) return "No one has booked it yet.";
  const who = `${plural(travellers, "traveller")} on ${plural(bookings, "booking")}`;
  if (refundAmount === 0) return `${who} will be cancelled; nothing has been paid yet, so nothing is refunded.`;
  return `${who} will be refunded ${formatMoney(refundAmount, currency)} in full.`;
}
