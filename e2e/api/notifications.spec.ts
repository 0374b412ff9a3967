import { expect, test } from "../support/test";
import { bearer, expectError, registerUser } from "../support/api";

test.describe("notifications API", () => {
  test("a new user gets the welcome notification; it can be marked read", async ({ request }) => {
    const { token } = await registerUser(request);
    let list:
      | {
          data: { id: string; type: string; read: boolean }[];
          unreadCount: number;
          total: number;
          page: number;
          limit: number;
        }
      | undefined;
    await expect(async () => {
      const res = await request.get("/api/v1/notifications", { headers: bearer(token) });
      expect(res.status()).toBe(200);
      list = await res.json();
      expect(list!.data.map((n) => n.type)).toContain("welcome");
    }).toPass({ timeout: 20_000 });
    expect(list).toMatchObject({ page: 1, limit: 20, total: 1, unreadCount: 1 });
    const id = list!.data[0].id;
    const read = await request.post(`/api/v1/notifications/${id}/read`, { headers: bearer(token) });
    expect((await read.json()).notification).toMatchObject({ id, read: true });
    const after = await (await request.get("/api/v1/notifications?unread=true", { headers: bearer(token) })).json();
    expect(after).toMatchObject({ total: 0, unreadCount: 0 });
  });

  test("someone else's notification is 404; bad paging is 422; no token is 401", async ({ request }) => {
    const a = await registerUser(request);
    const b = await registerUser(request);
    let id = "";
    await expect(async () => {
      const list = await (await request.get("/api/v1/notifications", { headers: bearer(a.token) })).json();
      id = list.data[0]?.id;
      expect(id).toBeTruthy();
    }).toPass({ timeout: 20_000 });
    await expectError(
      await request.post(`/api/v1/notifications/${id}/read`, { headers: bearer(b.token) }),
      404,
      "not_found",
    );
    await expectError(
      await request.get("/api/v1/notifications?limit=500", { headers: bearer(a.token) }),
      422,
      "validation_failed",
    );
    await expectError(await request.get("/api/v1/notifications?page=0", { headers: bearer(a.token) }), 422);
    await expectError(await request.get("/api/v1/notifications?limit=abc", { headers: bearer(a.token) }), 422);
    await expectError(await request.get("/api/v1/notifications"), 401);
  });
});
