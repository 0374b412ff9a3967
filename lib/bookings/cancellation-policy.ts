import { TZDate } from "@date-fns/tz";
import { subDays } from "date-fns";
import type { CancellationPolicy } from "@prisma/client";

export type CancelledBy = "traveller" | "vendor" | "admin" | "system";

/**
 * Refund percentage for a cancellation. Boundaries are read on the departure's own wall clock: "7 days
 * before" an 08:00 start is 08:00 local time seven days earlier, even when a daylight-saving change lies between
 * (so it can be 167 or 169 real hours); "24 h before" is the same local time one day earlier. A cancellation exactly
 * on a boundary still gets the more generous rate ("until" includes the boundary).
 * Vendor, admin and system cancellations (e.g. the departure is cancelled) always refund 100 %.
 */
export function refundPercent(
  policy: CancellationPolicy,
  startsAt: Date,
  timeZone: string,
  now: Date,
  by: CancelledBy,
): number {
  if (by !== "traveller") return 100;
  const start = new TZDate(startsAt.getTime(), timeZone);
  const before = (days: number) => subDays(start, days).getTime();
  const t = now.getTime();
  switch (policy) {
    case "flexible":
      return t <= before(1) ? 100 : 0;
    case "moderate":
      if (t <= before(7)) return 100;
      return t <= before(1) ? 50 : 0;
    case "strict":
      return t <= before(14) ? 50 : 0;
  }
}

/**
 * The refund in minor units for `percent` of what was paid and not yet refunded. Rounded down, so a refund never
 * exceeds the payment; at 100 % it is exactly everything that remains.
 */
export function refundAmount(paid: number, alreadyRefunded: number, percent: number): number {
  const remaining = Math.max(0, paid - alreadyRefunded);
  if (percent >= 100) return remaining;
  return Math.min(remaining, Math.floor((paid * percent) / 100));
}
