import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { deliverEmail } from "@/lib/email/deliver-email";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { notifyUser } from "@/lib/notifications/notify-user";
import { registerUser } from "@/lib/users/register-user";
import { RegisterInput } from "@/lib/users/schemas";
import { uniqueEmail } from "./support/factories";

async function newUser(name = "Nora Notify") {
  const u = await registerUser(RegisterInput.parse({ email: uniqueEmail("notify"), password: "password-1", name }));
  return { id: u.id, email: u.email, name: u.name, role: u.role };
}

const welcome = (userId: string, name: string, key: string) =>
  notifyUser({
    userId,
    type: "welcome",
    title: `Welcome ${name}`,
    body: "Hello",
    link: "/trips",
    email: { template: "welcome", data: { name, role: "traveller", appUrl: "http://localhost:3000" } },
    dedupeKey: key,
  });

describe("notifyUser", () => {
  test("writes one notification and one queued email however often it is retried", async () => {
    const user = await newUser();
    const key = `test:${user.id}`;
    const first = await welcome(user.id, user.name, key);
    const again = await Promise.all([welcome(user.id, user.name, key), welcome(user.id, user.name, key)]);
    expect(again.every((r) => r.notificationId === first.notificationId && r.emailId === first.emailId)).toBe(true);
    expect(await db.notification.count({ where: { userId: user.id, type: "welcome" } })).toBe(1);
    const email = await db.emailOutbox.findUniqueOrThrow({ where: { id: first.emailId! } });
    expect(email).toMatchObject({ to: user.email, status: "queued", template: "welcome" });
    expect(email.html).toContain("Explore trips");
    expect(email.text).toContain("Explore trips: http://localhost:3000/trips");
  });

  test("user-supplied text is escaped in the HTML email", async () => {
    const user = await newUser('<script>alert("x")</script>');
    const { emailId } = await welcome(user.id, user.name, `xss:${user.id}`);
    const email = await db.emailOutbox.findUniqueOrThrow({ where: { id: emailId! } });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;script&gt;");
  });

  test("without SMTP the outbox is the delivery, and delivering twice sends once", async () => {
    const user = await newUser();
    const { emailId } = await welcome(user.id, user.name, `deliver:${user.id}`);
    expect(await deliverEmail(emailId!)).toEqual({ status: "sent", via: "outbox" });
    expect(await deliverEmail(emailId!)).toEqual({ status: "already_sent", via: "outbox" });
    const email = await db.emailOutbox.findUniqueOrThrow({ where: { id: emailId! } });
    expect(email.status).toBe("sent");
    expect(email.attempts).toBe(1);
  });
});

describe("listing and reading notifications", () => {
  test("newest first, unread count, read one, read all, never someone else's", async () => {
    const user = await newUser();
    const other = await newUser();
    for (let i = 1; i <= 3; i++) {
      await notifyUser({ userId: user.id, type: "test", title: `N${i}`, body: "b", dedupeKey: `list:${user.id}:${i}` });
    }
    const page = await listNotifications(user, { page: 1, limit: 2, unread: undefined });
    expect(page.total).toBe(3);
    expect(page.unreadCount).toBe(3);
    expect(page.rows.map((r) => r.title)).toEqual(["N3", "N2"]);

    await markNotificationRead(user, page.rows[0].id);
    await markNotificationRead(user, page.rows[0].id);
    expect((await listNotifications(user, { page: 1, limit: 20, unread: true })).rows.map((r) => r.title)).toEqual([
      "N2",
      "N1",
    ]);
    await expect(markNotificationRead(other, page.rows[1].id)).rejects.toMatchObject({ code: "not_found" });
    expect(await markAllNotificationsRead(user)).toBe(2);
    expect((await listNotifications(user, { page: 1, limit: 20, unread: undefined })).unreadCount).toBe(0);
  });
});

test("registering records user/registered in the event outbox with a deterministic id", async () => {
  const user = await newUser();
  const row = await db.eventOutbox.findUniqueOrThrow({ where: { eventId: `user/registered:${user.id}` } });
  expect(row).toMatchObject({ name: "user/registered", data: { userId: user.id, role: "traveller" } });
});
