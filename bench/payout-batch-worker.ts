// Child process of bench/payouts.ts: times createPayouts over the whole ledger against one GROUP BY, alternated.
import { db } from "../lib/db";
import { createPayouts } from "../lib/payouts/create-payouts";
import { summarize } from "./stats";

const ROUNDS = Number(process.env.BENCH_PAYOUT_ROUNDS ?? 5);
class Rollback extends Error {}

async function groupBy() {
  const t = performance.now();
  await db.$queryRaw`SELECT "vendorId", currency, SUM(amount) FROM ledger_entries WHERE account = 'vendor_payable' GROUP BY "vendorId", currency`;
  return performance.now() - t;
}

async function payoutBatch() {
  let elapsed = 0;
  let created = 0;
  await db
    .$transaction(
      async (tx) => {
        const t = performance.now();
        const plan = await createPayouts(
          {
            kind: "scheduled",
            schedule: "weekly",
            periodStart: new Date(Date.now() - 7 * 86_400_000),
            periodEnd: new Date(),
          },
          tx,
        );
        elapsed = performance.now() - t;
        created = plan.created.length;
        throw new Rollback();
      },
      { timeout: 600_000 },
    )
    .catch((e) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return { elapsed, created };
}

const base: number[] = [];
const batch: number[] = [];
let created = 0;
await groupBy();
for (let i = 0; i < ROUNDS; i++) {
  base.push(await groupBy());
  const run = await payoutBatch();
  batch.push(run.elapsed);
  created = run.created;
}
await db.$disconnect();
const b = summarize(base);
const p = summarize(batch);
console.log(
  JSON.stringify([
    { name: "payout batch: due balances + payout rows + ledger (10k vendors, 1M bookings)", payouts: created, ...p },
    { name: "payout baseline: one GROUP BY over the same ledger rows", ...b },
    { name: "payout batch / GROUP BY (median)", ratio: Math.round((p.median / b.median) * 100) / 100, target: "≤ 3" },
  ]),
);
