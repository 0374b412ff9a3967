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

test("the start-up chunks get the hint once; page chunks and CSS are left alone", async () => {
  await writeFile(
    path.join(dist, "build-manifest.json"),
    JSON.stringify({ rootMainFiles: ["static/chunks/react.js", "static/chunks/runtime.js", "static/chunks/app.css"] }),
  );
  await writeFile(chunk("react.js"), "(globalThis.TURBOPACK||=[]).push([1])");
  await writeFile(chunk("runtime.js"), "let x=1;");
  await writeFile(chunk("app.css"), "body{}");
  await writeFile(chunk("page.js"), "page()");

  expect(await addCompileHints(dist)).toEqual(["static/chunks/react.js", "static/chunks/runtime.js"]);
  expect(await readFile(chunk("react.js"), "utf8")).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||=[]).push([1])`);
  expect(await readFile(chunk("runtime.js"), "utf8")).toBe(`${COMPILE_HINT}let x=1;`);
  expect(await readFile(chunk("app.css"), "utf8")).toBe("body{}");
  expect(await readFile(chunk("page.js"), "utf8")).toBe("page()");

  // a second run (a build step retried) changes nothing
  expect(await addCompileHints(dist)).toEqual([]);
  expect(await readFile(chunk("react.js"), "utf8")).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||=[]).push([1])`);
});

test("a build without the manifest's start-up list fails loudly instead of silently hinting nothing", async () => {
  await writeFile(path.join(dist, "build-manifest.json"), JSON.stringify({ pages: {} }));
  await expect(addCompileHints(dist)).rejects.toThrow(/rootMainFiles/);
});
