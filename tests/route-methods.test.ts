// Every REST route declares the methods it serves with allowOnly (lib/api/method-not-allowed.ts), so a method it does
// not serve is a 405 in the error shape with an Allow header instead of Next.js' bare 405. This keeps new routes honest.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

const ROOTS = ["app/api/v1", "app/api/webhooks"];
const ORDER = ["OPTIONS", "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "[...path]" ? [] : routeFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

const files = ROOTS.flatMap(routeFiles).sort();

describe("REST routes answer unsupported methods with 405 + Allow", () => {
  test("the routes are found", () => {
    expect(files.length).toBeGreaterThan(30);
  });

  test.each(files)("%s", (file) => {
    const source = readFileSync(file, "utf8");
    const served = [
      ...source.matchAll(/^export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/gm),
    ].map((m) => m[1]);
    const declaration = /^export const \{ ([A-Z, ]+) \} = allowOnly\(([^)]*)\);$/m.exec(source);
    expect(declaration, "missing `export const { … } = allowOnly(…)`").not.toBeNull();
    const allowed = [...declaration![2].matchAll(/"([A-Z]+)"/g)].map((m) => m[1]);
    const refused = declaration![1].split(", ");
    expect(allowed.sort()).toEqual([...served].sort());
    const expected = ORDER.filter((m) => !served.includes(m) && !(m === "HEAD" && served.includes("GET")));
    expect([...refused].sort()).toEqual(expected.sort());
  });
});
