// The drawing of imports has no cycles: a cycle means two modules that cannot be understood (or initialised) one
// without the other. Same check as `npx dpdm --no-warning --no-tree <the globs below>`, through dpdm's API.
import { parseCircular, parseDependencyTree } from "dpdm";
import { expect, test } from "vitest";

const ENTRIES = [
  "app/**/*.ts",
  "app/**/*.tsx",
  "lib/**/*.ts",
  "components/**/*.tsx",
  "local/**/*.ts",
  "proxy.ts",
  "instrumentation.ts",
];

test("no import cycles in app, lib, components and local", { timeout: 120_000 }, async () => {
  const root = process.cwd();
  // tsconfig.json resolves the `@/` alias; type-only imports count too, since they tie the modules' meaning together
  const tree = await parseDependencyTree(ENTRIES, {
    context: root,
    tsconfig: `${root}/tsconfig.json`,
    transform: false,
  });
  expect(Object.keys(tree).length, "dpdm found the sources").toBeGreaterThan(100);
  expect(parseCircular(tree).map((cycle) => cycle.join(" → "))).toEqual([]);
});
