// Email delivery over real SMTP: a local smtp-server receives what nodemailer sends.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { deliverEmail } from "@/lib/email/deliver-email";
import { notifyUser } from "@/lib/notifications/notify-user";
import { registerUser } from "@/lib/users/register-user";
import { RegisterInput } from "@/lib/users/schemas";
import { uniqueEmail } from "./support/factories";

const received: { from: string; to: string[]; raw: string }[] = [];
let rejectNext = false;
let server: SMTPServer;
let smtpUrl = "";

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (c: Buffer) => (raw += c.toString()));
      stream.on("end", () => {
        if (rejectNext) {
          rejectNext = false;
          return callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 450 }));
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function queuedEmail() {
  const u = await registerUser(
    RegisterInput.parse({ email: uniqueEmail("smtp"), password: "password-1", name: "Sam Smtp" }),
  );
  const { emailId } = await notifyUser({
    userId: u.id,
    type: "welcome",
    title: "Welcome",
    body: "Hi",
    email: { template: "welcome", data: { name: u.name, role: "traveller", appUrl: "http://localhost:3000" } },
    dedupeKey: `smtp:${u.id}`,
  });
  return { user: u, emailId: emailId! };
}

test("with SMTP_URL the email goes over SMTP, once", async () => {
  const { user, emailId } = await queuedEmail();
  const config = { SMTP_URL: smtpUrl, MAIL_FROM: "Travellr <no-reply@travellr.test>" };
  expect(await deliverEmail(emailId, config)).toEqual({ status: "sent", via: "smtp" });
  expect(await deliverEmail(emailId, config)).toEqual({ status: "already_sent", via: "smtp" });
  const mine = received.filter((m) => m.to.includes(user.email));
  expect(mine).toHaveLength(1);
  expect(mine[0].from).toBe("no-reply@travellr.test");
  expect(mine[0].raw).toContain("Subject: Welcome to Travellr, Sam Smtp!");
  expect(mine[0].raw).toMatch(/Content-Type: text\/plain/);
  expect(mine[0].raw).toMatch(/Content-Type: text\/html/);
});

test("an SMTP failure is recorded and thrown, so the Inngest step retries it", async () => {
  const { emailId } = await queuedEmail();
  rejectNext = true;
  await expect(deliverEmail(emailId, { SMTP_URL: smtpUrl, MAIL_FROM: "x@travellr.test" })).rejects.toThrow(
    /mailbox unavailable/,
  );
  const failed = await db.emailOutbox.findUniqueOrThrow({ where: { id: emailId } });
  expect(failed).toMatchObject({ status: "failed", attempts: 1 });
  expect(failed.lastError).toContain("mailbox unavailable");
  expect(await deliverEmail(emailId, { SMTP_URL: smtpUrl, MAIL_FROM: "x@travellr.test" })).toEqual({
    status: "sent",
    via: "smtp",
  });
});
