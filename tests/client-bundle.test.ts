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
  "components/reviews",
];
// client components outside those folders that the catalogue pages render (an admin's hide/show on a trip's reviews)
const ALSO_ON_CATALOGUE_PAGES = ["components/admin/action-button.tsx"];

test(
  "client components on every page and the catalogue pages do not ship zod (nor, on the catalogue pages, sonner)",
  { timeout: 120_000 },
  async () => {
    const root = process.cwd();
    const clientFiles = EVERY_PAGE_AND_CATALOGUE.flatMap((dir) =>
      readdirSync(`${root}/${dir}`)
        .filter((name) => /\.tsx?$/.test(name))
        .map((name) => `${dir}/${name}`),
    )
      .concat(ALSO_ON_CATALOGUE_PAGES)
      .filter((f) => /^\s*["']use client["']/.test(readFileSync(`${root}/${f}`, "utf8")));
    expect(clientFiles.length, "client components found").toBeGreaterThan(10);
    const tree = await parseDependencyTree(clientFiles, {
      context: root,
      tsconfig: `${root}/tsconfig.json`,
      transform: true,
    });
    /** The import chain from `start` to the package, or null; `staticOnly` skips `import()`s (loaded on demand). */
    const reaches = (start: string, pkg: RegExp, staticOnly = false) => {
      const seen = new Set<string>();
      const path = new Map<string, string>();
      const queue = [start];
      while (queue.length > 0) {
        const file = queue.shift()!;
        for (const dep of tree[file] ?? []) {
          if (!dep.id || seen.has(dep.id) || (staticOnly && dep.kind === "DynamicImport")) continue;
          seen.add(dep.id);
          path.set(dep.id, file);
          if (pkg.test(dep.id)) {
            const chain = [dep.id];
            for (let at = file; at !== start; at = path.get(at)!) chain.unshift(at);
            return [start, ...chain].join(" → ");
          }
          if (!dep.id.includes("node_modules")) queue.push(dep.id);
        }
      }
      return null;
    };
    expect(clientFiles.map((f) => reaches(f, /node_modules\/zod\//)).filter(Boolean)).toEqual([]);
    // nor sonner (the toaster, about 36 kB), which the catalogue pages' own client components load only when they toast
    const onCatalogue = clientFiles.filter(
      (f) => /^components\/(trips|reviews|bookings)\//.test(f) || ALSO_ON_CATALOGUE_PAGES.includes(f),
    );
    expect(onCatalogue.length).toBeGreaterThan(5);
    expect(
      onCatalogue
        // (shown on a traveller's own booking pages only)
        .filter((f) => f !== "components/bookings/cancel-booking-dialog.tsx")
        .map((f) => reaches(f, /node_modules\/sonner\//, true))
        .filter(Boolean),
    ).toEqual([]);
  },
);
