import { expect, test } from "../support/test";
import { bearer, expectError, registerUser } from "../support/api";

test("POST /api/v1/notifications/read-all marks only the caller's notifications read", async ({ request }) => {
  const me = await registerUser(request);
  const other = await registerUser(request);
  const unread = async (token: string) =>
    (await (await request.get("/api/v1/notifications", { headers: bearer(token) })).json()).unreadCount;
  // each gets a welcome notification in the background
  await expect(async () => {
    expect(await unread(me.token)).toBe(1);
    expect(await unread(other.token)).toBe(1);
  }).toPass({ timeout: 20_000 });

  const res = await request.post("/api/v1/notifications/read-all", { headers: bearer(me.token) });
  expect(res.status(), await res.text()).toBe(200);
  expect(await res.json()).toEqual({ marked: 1, unreadCount: 0 });
  expect(await unread(me.token)).toBe(0);
  expect(await unread(other.token)).toBe(1);

  // again: nothing left to mark
  const again = await request.post("/api/v1/notifications/read-all", { headers: bearer(me.token) });
  expect(await again.json()).toEqual({ marked: 0, unreadCount: 0 });
});

test("read-all needs a caller and answers only POST", async ({ request }) => {
  await expectError(await request.post("/api/v1/notifications/read-all"), 401, "unauthenticated");
  const { token } = await registerUser(request);
  const get = await request.get("/api/v1/notifications/read-all", { headers: bearer(token) });
  await expectError(get, 405, "method_not_allowed");
  expect(get.headers().allow).toBe("OPTIONS, POST");
});
