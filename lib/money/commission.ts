// Platform commission: 20 % of each booking (the vendor keeps 80 %), as basis points, snapshotted on each booking when it is created.
export const PLATFORM_COMMISSION_BPS = 2000;

/** Splits an amount in minor units; the platform's share is rounded half-up, the vendor gets the exact rest. */
export function splitCommission(amount: number, commissionBps: number) {
  if (!Number.isInteger(amount) || amount < 0)
    throw new RangeError("amount must be a non-negative integer of minor units");
  const platform = Math.floor((amount * commissionBps + 5000) / 10_000);
  return { platform, vendor: amount - platform };
}
