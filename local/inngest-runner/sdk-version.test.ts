// The local runner speaks the Inngest SDK's wire protocol, so the SDK is pinned: upgrading it must be a deliberate
// change that re-runs the runner's integration tests (local/inngest-runner/runner.integration.test.ts) and updates this.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { INNGEST_SDK_VERSION } from "./types";

test("the installed and the declared inngest SDK are the version the runner speaks", () => {
  // the package's exports map hides package.json, so it is read from where npm installs it
  const installed = JSON.parse(readFileSync("node_modules/inngest/package.json", "utf8")).version;
  const declared = JSON.parse(readFileSync("package.json", "utf8")).dependencies.inngest;
  expect(installed).toBe(INNGEST_SDK_VERSION);
  expect(declared).toBe(INNGEST_SDK_VERSION);
});
