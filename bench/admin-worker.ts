// Child process of bench/admin.ts (react-server condition, as Next.js runs lib/): uncached analytics over the
// benchmark ledger (1,000,000 completed bookings), for a 30-day and a 12-month range.
import { computeAnalytics } from "../lib/admin/analytics";
import { db } from "../lib/db";
import { summarize } from "./stats";

const SAMPLES = Number(process.env.BENCH_ANALYTICS_SAMPLES ?? 9);
const DAY = 86_400_000;
const results: Record<string, unknown>[] = [];
for (const [label, days, interval] of [
  ["30 days by day", 40, "day"],
  ["12 months by week", 365, "week"],
] as const) {
  const to = new Date();
  const from = new Date(to.getTime() - days * DAY);
  const times: number[] = [];
  let gmv = 0;
  await computeAnalytics({ from, to, interval, currency: "usd" });
  for (let i = 0; i < SAMPLES; i++) {
    const t = performance.now();
    gmv = (await computeAnalytics({ from, to, interval, currency: "usd" })).gmv;
    times.push(performance.now() - t);
  }
  results.push({
    name: `admin analytics, uncached, ${label} (1M bookings)`,
    gmv,
    ...summarize(times),
    target: "p50 ≤ 300",
  });
}
await db.$disconnect();
console.log(JSON.stringify(results));
