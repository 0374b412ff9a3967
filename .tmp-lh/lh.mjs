import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
const [url, n = "3"] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox"] });
for (let i = 0; i < Number(n); i++) {
  const r = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  const a = r.lhr.audits;
  const lt = (a["long-tasks"]?.details?.items ?? []).map((t) => `${Math.round(t.startTime)}+${Math.round(t.duration)}:${String(t.url).slice(-22)}`);
  console.log(Math.round(r.lhr.categories.performance.score * 100), "FCP", Math.round(a["first-contentful-paint"].numericValue), "LCP", Math.round(a["largest-contentful-paint"].numericValue), "TBT", Math.round(a["total-blocking-time"].numericValue), "TTI", Math.round(a["interactive"].numericValue), lt.slice(0, 8).join(" "));
}
await chrome.kill();
