// `npm run lighthouse`: Lighthouse (performance, accessibility, best practices, SEO) on the home page, search and a
// trip page of the production build with demo data, mobile (Lighthouse's default: a mid-range phone on slow 4G,
// simulated) and desktop. Scores are printed, never asserted; the targets are in the last column.
// LIGHTHOUSE_URL=https://… audits a running site instead of starting `npm run preview` on LIGHTHOUSE_PORT (3400);
// LIGHTHOUSE_OUT=<dir> keeps the full JSON reports (open them at https://googlechrome.github.io/lighthouse/viewer/);
// LIGHTHOUSE_FORMS=mobile limits the run to one form factor; LIGHTHOUSE_RUNS (3) runs per page, the median is shown;
// LIGHTHOUSE_CPU_SLOWDOWN=8 simulates a phone 8× slower than this machine instead of Lighthouse's 4× (mobile), to see
// how the scores hold on a host half as fast (README → Pages).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CPU_SLOWDOWN = process.env.LIGHTHOUSE_CPU_SLOWDOWN ? Number(process.env.LIGHTHOUSE_CPU_SLOWDOWN) : undefined;
if (CPU_SLOWDOWN !== undefined && !(CPU_SLOWDOWN >= 1)) {
  throw new Error(`LIGHTHOUSE_CPU_SLOWDOWN must be a number ≥ 1 (got "${process.env.LIGHTHOUSE_CPU_SLOWDOWN}")`);
}
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
};

async function waitForServer(url: string, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function startPreview(port: number): ChildProcess {
  console.log(`starting npm run preview on port ${port} (builds first if there is no production build)…`);
  return spawn("npm", ["run", "preview"], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

/** The first trip linked from the search page (/trips), so the audit needs no knowledge of the seed's ids. */
async function firstTripPath(base: string): Promise<string> {
  const html = await (await fetch(`${base}/trips`)).text();
  const match = /href="(\/trips\/[^"?#]+)"/.exec(html);
  if (!match) throw new Error("no trip link on /trips: is the catalogue empty?");
  return match[1];
}

async function audit(url: string, port: number, form: "mobile" | "desktop") {
  const cpuSlowdown = form === "mobile" ? CPU_SLOWDOWN : undefined;
  const result = await lighthouse(
    url,
    {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      // merged into the form factor's throttling settings (the network stays Lighthouse's slow 4G)
      ...(cpuSlowdown ? { throttling: { cpuSlowdownMultiplier: cpuSlowdown } } : {}),
    },
    form === "desktop" ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) return { error: runtimeError.code };
  const ranWith = result.lhr.configSettings.throttling.cpuSlowdownMultiplier;
  if (cpuSlowdown && ranWith !== cpuSlowdown) {
    throw new Error(`Lighthouse ran with a CPU slowdown of ${ranWith}, not LIGHTHOUSE_CPU_SLOWDOWN=${cpuSlowdown}`);
  }
  const metric = (id: string) => Math.round(audits[id]?.numericValue ?? 0);
  const failing = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
    .map((a) => a.id);
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Record<
      (typeof CATEGORIES)[number],
      number
    >,
    // the metrics behind the performance score, in ms (CLS × 1000)
    metrics: {
      FCP: metric("first-contentful-paint"),
      LCP: metric("largest-contentful-paint"),
      TBT: metric("total-blocking-time"),
      CLS: Math.round((audits["cumulative-layout-shift"]?.numericValue ?? 0) * 1000),
    },
    failing,
    // Lighthouse's measure of the host's CPU speed; its simulated phone is 4× slower than the host, so on a slower
    // or busier host every run's blocking time grows with it (README → Pages)
    benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex),
    lhr: result.lhr,
  };
}

async function main() {
  const port = Number(process.env.LIGHTHOUSE_PORT ?? 3400);
  const base = process.env.LIGHTHOUSE_URL?.replace(/\/$/, "") ?? `http://localhost:${port}`;
  const out = process.env.LIGHTHOUSE_OUT; // a directory for the full JSON reports
  if (out) mkdirSync(out, { recursive: true });
  const server = process.env.LIGHTHOUSE_URL ? null : startPreview(port);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    await waitForServer(`${base}/api/health`);
    const pages = { home: "/", search: "/trips", "trip page": await firstTripPath(base) };
    const rows: Record<string, string | number>[] = [];
    const failing = new Set<string>();
    const forms = (["mobile", "desktop"] as const).filter((f) => (process.env.LIGHTHOUSE_FORMS ?? f).includes(f));
    for (const form of forms) {
      for (const [name, path] of Object.entries(pages)) {
        await audit(base + path, chrome.port, form); // warm-up: fills the server's and the browser's caches
        // the median run by performance score (Lighthouse's advice: scores move from run to run with the machine's load)
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await audit(base + path, chrome.port, form));
        const ok = runs.flatMap((r) => ("error" in r ? [] : [r]));
        const errors = runs.flatMap((r) => ("error" in r ? [r.error] : []));
        if (ok.length === 0) {
          rows.push({ page: name, form, error: errors.join(", ") });
          continue;
        }
        ok.sort((a, b) => a.scores.performance - b.scores.performance);
        const { scores, metrics, failing: f, lhr, benchmarkIndex } = ok[Math.floor(ok.length / 2)];
        f.forEach((id) => failing.add(`${name} (${form}): ${id}`));
        const range = `${ok[0].scores.performance}–${ok[ok.length - 1].scores.performance}`;
        const hostRange = ok.map((r) => r.benchmarkIndex).sort((a, b) => a - b);
        rows.push({
          page: name,
          form,
          ...scores,
          "perf. range": range,
          runs: ok.length,
          ...metrics,
          "host index": `${benchmarkIndex} (${hostRange[0]}–${hostRange[hostRange.length - 1]})`,
        });
        if (out) writeFileSync(`${out}/${name.replace(/ /g, "-")}-${form}.json`, JSON.stringify(lhr));
      }
    }
    console.log(
      `\nLighthouse ${base}${CPU_SLOWDOWN ? ` (mobile: CPU ${CPU_SLOWDOWN}× slower than this host)` : ""} (scores 0–100; FCP, LCP, TBT in ms; CLS × 1000; host index: Lighthouse's benchmark ` +
        `of this machine's CPU in the median run, and its range over the runs — higher is faster)`,
    );
    console.table(rows);
    console.log(
      "targets:",
      Object.entries(TARGETS)
        .map(([c, t]) => `${c} ≥ ${t}`)
        .join(", "),
    );
    if (failing.size > 0) console.log("audits not passed:\n  " + [...failing].join("\n  "));
  } finally {
    chrome.kill();
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
