import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { addCompileHints, COMPILE_HINT } from "./compile-hints";

let dist: string;
beforeEach(async () => {
  dist = await mkdtemp(path.join(tmpdir(), "hints-"));
  await mkdir(path.join(dist, "static/chunks"), { recursive: true });
});
afterEach(() => rm(dist, { recursive: true, force: true }));

const chunk = (name: string) => path.join(dist, "static/chunks", name);

/** A client reference manifest as next build writes it: a script assigning the route's entry chunks. */
async function clientManifest(route: string, entryJSFiles: Record<string, string[]>) {
  const dir = path.join(dist, "server/app", route);
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, "page_client-reference-manifest.js"),
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\n` +
      `globalThis.__RSC_MANIFEST[${JSON.stringify(`/${route}/page`)}] = ${JSON.stringify({ clientModules: {}, entryJSFiles })};`,
  );
}

test("the framework's and the pages' start-up chunks get the hint once; lazy chunks and CSS are left alone", async () => {
  await writeFile(
    path.join(dist, "build-manifest.json"),
    JSON.stringify({ rootMainFiles: ["static/chunks/react.js", "static/chunks/runtime.js", "static/chunks/app.css"] }),
  );
  await clientManifest("(site)", {
    "[project]/app/layout": ["static/chunks/header.js"],
    "[project]/app/(site)/page": ["static/chunks/header.js", "static/chunks/home.js"],
  });
  await clientManifest("(site)/trips/[id]", { "[project]/app/(site)/trips/[id]/page": ["static/chunks/trip.js"] });
  for (const name of ["react.js", "runtime.js", "header.js", "home.js", "trip.js"]) await writeFile(chunk(name), name);
  await writeFile(chunk("app.css"), "body{}");
  await writeFile(chunk("lazy.js"), "lazy()");

  expect((await addCompileHints(dist)).sort()).toEqual(
    ["header.js", "home.js", "react.js", "runtime.js", "trip.js"].map((n) => `static/chunks/${n}`),
  );
  for (const name of ["react.js", "runtime.js", "header.js", "home.js", "trip.js"])
    expect(await readFile(chunk(name), "utf8")).toBe(`${COMPILE_HINT}${name}`);
  expect(await readFile(chunk("app.css"), "utf8")).toBe("body{}");
  expect(await readFile(chunk("lazy.js"), "utf8")).toBe("lazy()");

  // a second run (a build step retried) changes nothing
  expect(await addCompileHints(dist)).toEqual([]);
  expect(await readFile(chunk("header.js"), "utf8")).toBe(`${COMPILE_HINT}header.js`);
});

test("a build without the manifest's start-up list fails loudly instead of silently hinting nothing", async () => {
  await writeFile(path.join(dist, "build-manifest.json"), JSON.stringify({ pages: {} }));
  await expect(addCompileHints(dist)).rejects.toThrow(/rootMainFiles/);
});
