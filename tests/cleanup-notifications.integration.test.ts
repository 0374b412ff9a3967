// The daily cleanup through @inngest/test with its real step: only read notifications past the retention go.
import { InngestTestEngine } from "@inngest/test";
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { makeTravellers } from "./support/catalogue";
import { cleanupNotifications } from "@/lib/inngest/functions/cleanup-notifications";

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

test("read notifications older than 90 days are deleted; recent or unread ones stay", async () => {
  const [user] = await makeTravellers(1);
  const make = (key: string, createdAt: Date, readAt: Date | null) =>
    db.notification.create({
      data: {
        userId: user.id,
        type: "test_cleanup",
        title: key,
        body: key,
        dedupeKey: `cleanup:${user.id}:${key}`,
        createdAt,
        readAt,
      },
    });
  await make("old-read", daysAgo(120), daysAgo(100));
  await make("recent-read", daysAgo(120), daysAgo(10));
  await make("old-unread", daysAgo(200), null);

  const { result } = await new InngestTestEngine({ function: cleanupNotifications }).execute({
    events: [{ name: "inngest/scheduled.timer", data: { cron: "TZ=UTC 0 3 * * *" } }],
  });
  expect(result).toMatchObject({ deleted: expect.any(Number) });
  const left = await db.notification.findMany({ where: { userId: user.id }, orderBy: { title: "asc" } });
  expect(left.map((n) => n.title)).toEqual(["old-unread", "recent-read"]);
});
