// POST /api/v1/notifications/read-all through its real route handler, against the test database.
import { randomUUID } from "node:crypto";
import { describe, expect, test, vi } from "vitest";
import { GET as readAllGet, POST as readAll } from "@/app/api/v1/notifications/read-all/route";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { makeTravellers } from "./support/catalogue";

// next-auth cannot load under vitest; these requests authenticate with bearer tokens
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => null }));

const route = { params: Promise.resolve({}) };
const post = (headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/v1/notifications/read-all", { method: "POST", headers });

async function notify(userId: string, n: number, read = false) {
  await db.notification.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      userId,
      type: "test",
      title: `Note ${i}`,
      body: "Body",
      readAt: read ? new Date() : null,
      dedupeKey: `read-all:${randomUUID()}`,
    })),
  });
}
const unread = (userId: string) => db.notification.count({ where: { userId, readAt: null } });

describe("POST /api/v1/notifications/read-all", () => {
  test("marks every unread notification of the caller read, and nobody else's", async () => {
    const [me, other] = await makeTravellers(2);
    await notify(me.id, 3);
    await notify(me.id, 2, true);
    await notify(other.id, 2);
    const { token } = await issueApiToken(me.id);

    const res = await readAll(post({ authorization: `Bearer ${token}` }), route);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ marked: 3, unreadCount: 0 });
    expect(await unread(me.id)).toBe(0);
    expect(await unread(other.id)).toBe(2);

    const again = await readAll(post({ authorization: `Bearer ${token}` }), route);
    expect(await again.json()).toEqual({ marked: 0, unreadCount: 0 });
  });

  test("401 without a caller; GET is a 405 naming POST", async () => {
    const anonymous = await readAll(post(), route);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("unauthenticated");
    const get = await readAllGet(new Request("http://localhost/api/v1/notifications/read-all"));
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("OPTIONS, POST");
  });
});
