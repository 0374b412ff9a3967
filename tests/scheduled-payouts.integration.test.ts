// The weekly payout cron through @inngest/test: real steps against the database and the Stripe stand-in; the fan-out
// is captured rather than sent, then one fanned-out event is run through the transfer function.
import { InngestTestEngine } from "@inngest/test";
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { executePayoutJob } from "@/lib/inngest/functions/execute-payout";
import { weeklyPayouts } from "@/lib/inngest/functions/scheduled-payouts";
import { completedAt, connectVendor, paidBooking, vendorWithDeparture } from "./support/payouts";

test("a weekly run pays the week that ended, fans out one transfer per payout with its id, and never twice", async () => {
  const { vendor, departure } = await vendorWithDeparture({ price: 15_000 });
  await connectVendor(vendor);
  const inWeek = await paidBooking(departure.id);
  const afterWeek = await paidBooking(departure.id);
  // the run of Monday 9 June 2025 covers 2 June 00:00 – 8 June 23:59:59.999 UTC
  await completedAt(inWeek.booking.id, new Date("2025-06-08T23:59:59Z"));
  await completedAt(afterWeek.booking.id, new Date("2025-06-09T00:00:00Z"));
  const timer = {
    name: "inngest/scheduled.timer",
    data: { cron: "TZ=UTC 0 2 * * 1" },
    ts: Date.parse("2025-06-09T02:00:00Z"),
  };

  const first = await new InngestTestEngine({
    function: weeklyPayouts,
    steps: [{ id: "fan-out-transfers", handler: () => ({ ids: [] }) }],
  }).execute({ events: [timer] });
  const payout = await db.payout.findFirstOrThrow({ where: { vendorId: vendor.id } });
  expect(payout).toMatchObject({
    amount: 12_000,
    status: "pending",
    kind: "scheduled",
    periodStart: new Date("2025-06-02T00:00:00Z"),
    periodEnd: new Date("2025-06-08T23:59:59.999Z"),
  });
  const fanned = first.ctx.step.sendEvent.mock.calls.flatMap(
    (call) => call[1] as { id: string; data: { payoutId: string } }[],
  );
  expect(fanned.filter((e) => e.data.payoutId === payout.id)).toEqual([
    expect.objectContaining({ id: `vendor/payout.requested:${payout.id}`, name: "vendor/payout.requested" }),
  ]);

  // the same run again (a retry, a second runner) creates nothing new
  await new InngestTestEngine({
    function: weeklyPayouts,
    steps: [{ id: "fan-out-transfers", handler: () => ({ ids: [] }) }],
  }).execute({ events: [timer] });
  expect(await db.payout.count({ where: { vendorId: vendor.id } })).toBe(1);

  const { result } = await new InngestTestEngine({ function: executePayoutJob }).execute({
    events: [{ name: "vendor/payout.requested", data: fanned.find((e) => e.data.payoutId === payout.id)!.data }],
  });
  expect(result).toMatchObject({ status: "paid", stripeTransferId: expect.stringMatching(/^tr_/) });
});
