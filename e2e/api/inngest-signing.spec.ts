import { createHash } from "node:crypto";
import { type APIResponse, expect, test } from "../support/test";
import { canonicalJson, newSigningKey, sign } from "../../local/inngest-runner/signing";

// /api/inngest runs background functions for whoever calls it, so the Inngest SDK (pinned to cloud mode) accepts only
// calls signed with INNGEST_SIGNING_KEY: here the local runner's key, which `npm test` passes to Playwright. A refusal
// is the SDK's own answer, 401 {"message":"Unauthorized"} (not the REST API's error shape); a body that is not JSON
// makes the handler throw, which Next.js answers with a 500.
const PATH = "/api/inngest";
const RUN = `${PATH}?fnId=travellr-welcome-user&stepId=step`;
const KEY = process.env.INNGEST_SIGNING_KEY;

// a welcome-user run whose only step is already memoized: executed, it touches nothing and answers {"emailId":null}
const event = {
  id: "e2e-signing-probe",
  name: "user/registered",
  data: { userId: "e2e-signing-probe", role: "traveller" },
  ts: Date.now(),
};
const runBody = canonicalJson({
  event,
  events: [event],
  steps: { [createHash("sha1").update("notify").digest("hex")]: { data: { emailId: null } } },
  ctx: {
    run_id: "e2e-signing-probe",
    attempt: 0,
    max_attempts: 1,
    disable_immediate_execution: false,
    use_api: false,
    stack: { stack: [], current: 0 },
  },
  version: 2,
});
const JSON_HEADERS = { "content-type": "application/json" };
const signature = (body: string, key: string, at?: number) => ({ "x-inngest-signature": sign(body, key, at) });

async function expectRefused(res: APIResponse) {
  const text = await res.text();
  expect(res.status(), text).toBe(401);
  expect(JSON.parse(text)).toEqual({ message: "Unauthorized" });
  // nothing ran and nothing about the functions leaks
  expect(text).not.toContain("emailId");
  expect(text).not.toContain("welcome-user");
}

test.describe("the Inngest endpoint checks signatures", () => {
  test("an unsigned call to run a function is refused and runs nothing", async ({ request }) => {
    await expectRefused(await request.post(RUN, { headers: JSON_HEADERS, data: runBody }));
    for (const body of ["", "{}", "[]", "null"])
      await expectRefused(await request.post(RUN, { headers: JSON_HEADERS, data: body }));
    const malformed = await request.post(RUN, { headers: JSON_HEADERS, data: "{not json" });
    expect(malformed.status()).toBeGreaterThanOrEqual(400);
    expect(await malformed.text()).not.toContain("emailId");
  });

  test("a wrongly signed call is refused: another key, another body, an old timestamp, a malformed header", async ({
    request,
  }) => {
    const otherBody = canonicalJson({ ...JSON.parse(runBody), steps: {} });
    const attempts = [
      signature(runBody, newSigningKey()),
      { "x-inngest-signature": "t=1&s=00" },
      { "x-inngest-signature": "garbage" },
      ...(KEY ? [signature(otherBody, KEY), signature(runBody, KEY, Math.floor(Date.now() / 1000) - 600)] : []),
    ];
    for (const headers of attempts)
      await expectRefused(await request.post(RUN, { headers: { ...JSON_HEADERS, ...headers }, data: runBody }));
  });

  test("GET does not show the function configuration without a signature", async ({ request }) => {
    await expectRefused(await request.get(PATH));
  });

  test("PUT (sync) without a valid signature neither registers the app nor reveals its functions", async ({
    request,
  }) => {
    const syncBody = canonicalJson({ url: "http://attacker.example/api/inngest" });
    await expectRefused(await request.put(PATH));
    await expectRefused(
      await request.put(PATH, { headers: { ...JSON_HEADERS, "x-inngest-sync-kind": "in_band" }, data: syncBody }),
    );
    await expectRefused(
      await request.put(PATH, {
        headers: { ...JSON_HEADERS, "x-inngest-sync-kind": "in_band", ...signature(syncBody, newSigningKey()) },
        data: syncBody,
      }),
    );
  });

  test("the same calls signed with the app's key are accepted (so the refusals above are about the signature)", async ({
    request,
  }) => {
    // npm test always passes the local runner's key to Playwright; without it this check must fail, not be skipped
    expect(KEY, "INNGEST_SIGNING_KEY is missing from the test environment").toBeTruthy();
    const key = KEY!;
    const run = await request.post(RUN, { headers: { ...JSON_HEADERS, ...signature(runBody, key) }, data: runBody });
    expect([200, 206], await run.text()).toContain(run.status());
    expect(await run.text()).toContain("emailId");
    expect(run.headers()["x-inngest-signature"]).toMatch(/^t=\d+&s=[0-9a-f]{64}$/);
    const get = await request.get(PATH, { headers: signature("", key) });
    expect(get.status()).toBe(200);
    expect(await get.json()).toMatchObject({ authentication_succeeded: true, mode: "cloud" });
  });
});
