// What the browser downloads on every page and on the catalogue pages stays small: the client components of the
// header, the search page and the trip page must not reach zod (about 100 kB of JavaScript before compression) through
// a value import. A constant a client component needs lives in a zod-free module (lib/bookings/limits.ts,
// lib/notifications/bell-limit.ts). Type-only imports are erased, so dpdm runs with `transform: true`.
import { readdirSync, readFileSync } from "node:fs";
import { parseDependencyTree } from "dpdm";
import { expect, test } from "vitest";

const EVERY_PAGE_AND_CATALOGUE = [
  "components/site",
  "components/notifications",
  "components/trips",
  "components/ui",
  "components/auth",
  "components/bookings",
];

test("client components on every page and the catalogue pages do not ship zod", { timeout: 120_000 }, async () => {
  const root = process.cwd();
  const clientFiles = EVERY_PAGE_AND_CATALOGUE.flatMap((dir) =>
    readdirSync(`${root}/${dir}`)
      .filter((name) => /\.tsx?$/.test(name))
      .map((name) => `${dir}/${name}`),
  ).filter((f) => /^\s*["']use client["']/.test(readFileSync(`${root}/${f}`, "utf8")));
  expect(clientFiles.length, "client components found").toBeGreaterThan(10);
  const tree = await parseDependencyTree(clientFiles, {
    context: root,
    tsconfig: `${root}/tsconfig.json`,
    transform: true,
  });
  const reachesZod = (start: string) => {
    const seen = new Set<string>();
    const path = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0) {
      const file = queue.shift()!;
      for (const dep of tree[file] ?? []) {
        if (!dep.id || seen.has(dep.id)) continue;
        seen.add(dep.id);
        path.set(dep.id, file);
        if (/node_modules\/zod\//.test(dep.id)) {
          const chain = [dep.id];
          for (let at = file; at !== start; at = path.get(at)!) chain.unshift(at);
          return [start, ...chain].join(" → ");
        }
        if (!dep.id.includes("node_modules")) queue.push(dep.id);
      }
    }
    return null;
  };
  expect(clientFiles.map(reachesZod).filter(Boolean)).toEqual([]);
});
