import type { PayoutSchedule } from "@prisma/client";

// Payout rules. Amounts are minor units of the payout's currency.
/** A balance below this is not paid; it carries over to the next run. */
export const MINIMUM_PAYOUT = 5000;
/** Paid payouts (USD) in one calendar year above this flag the vendor for a 1099 tax form. */
export const TAX_FORM_THRESHOLD = 2_000_000;

export interface PayoutPeriod {
  /** first instant covered (inclusive) */
  start: Date;
  /** last instant covered (inclusive): Sunday 23:59:59.999 UTC, or the last millisecond of the month */
  end: Date;
}

const DAY = 86_400_000;

/**
 * The period a run at `runAt` pays: weekly runs (Monday 02:00 UTC) cover the previous Monday 00:00 to Sunday
 * 23:59:59.999 UTC; monthly runs (the 1st, 02:00 UTC) cover the previous calendar month. A run at any other moment
 * pays the last period that has fully ended, so a late or manual run pays the same period as the scheduled one.
 */
export function payoutPeriod(schedule: PayoutSchedule, runAt: Date): PayoutPeriod {
  if (schedule === "weekly") {
    const midnight = Date.UTC(runAt.getUTCFullYear(), runAt.getUTCMonth(), runAt.getUTCDate());
    const sinceMonday = (runAt.getUTCDay() + 6) % 7;
    const thisMonday = midnight - sinceMonday * DAY;
    return { start: new Date(thisMonday - 7 * DAY), end: new Date(thisMonday - 1) };
  }
  const thisMonth = Date.UTC(runAt.getUTCFullYear(), runAt.getUTCMonth(), 1);
  const previousMonth = Date.UTC(runAt.getUTCFullYear(), runAt.getUTCMonth() - 1, 1);
  return { start: new Date(previousMonth), end: new Date(thisMonth - 1) };
}

/** `yyyy-mm` → the month's first instant and the first instant of the next month (UTC). */
export function monthRange(month: string): { start: Date; end: Date } {
  const [y, m] = month.split("-").map(Number);
  return { start: new Date(Date.UTC(y, m - 1, 1)), end: new Date(Date.UTC(y, m, 1)) };
}

/** The `yyyy-mm` of an instant (UTC). */
export const monthOf = (at: Date) => at.toISOString().slice(0, 7);

/** The payout's period as `yyyy-mm-dd – yyyy-mm-dd`, for messages. */
export const describePeriod = (p: { start: Date; end: Date }) =>
  `${p.start.toISOString().slice(0, 10)} – ${p.end.toISOString().slice(0, 10)}`;
