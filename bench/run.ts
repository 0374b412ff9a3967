// `npm run bench`: benchmarks against a local database (travellr_bench). Figures are printed, never asserted:
// performance targets live here, not in tests. BENCH_ONLY=inngest|search|payouts|analytics|booking runs one of them (booking: the booking path
// against the database's limit for the same hold transaction, without the search rounds) (the
// admin bookings list is measured with search, which starts the production server).
import { benchAnalytics } from "./admin";
import { benchInngestLatency } from "./inngest-latency";
import { benchPayouts } from "./payouts";
import { benchSearch } from "./search";

export async function runBenchmarks(databaseUrl: string, env: Record<string, string>) {
  const only = process.env.BENCH_ONLY;
  const results: Record<string, unknown>[] = [];
  if (!only || only === "inngest") results.push(await benchInngestLatency(databaseUrl));
  if (!only || only === "search") results.push(...(await benchSearch(databaseUrl, env)));
  if (only === "booking") results.push(...(await benchSearch(databaseUrl, env, true)));
  if (!only || only === "payouts") results.push(...(await benchPayouts(databaseUrl, env)));
  if (!only || only === "analytics") results.push(...(await benchAnalytics(databaseUrl, env)));
  console.log("\nBenchmark results (latencies in ms, throughput in requests/s)");
  console.table(results);
  return results;
}
