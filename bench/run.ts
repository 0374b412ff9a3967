// `npm run bench`: benchmarks against a fresh local database (travellr_bench). Figures are printed, never asserted:
// performance targets live here, not in tests.
import { benchInngestLatency } from "./inngest-latency";

export async function runBenchmarks(databaseUrl: string) {
  const results = [await benchInngestLatency(databaseUrl)];
  console.log("\nBenchmark results");
  console.table(results);
  return results;
}
