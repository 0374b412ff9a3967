// The welcome function through @inngest/test (step mocking) and against the real database (real steps).
import { InngestTestEngine } from "@inngest/test";
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { registerUser } from "@/lib/users/register-user";
import { RegisterInput } from "@/lib/users/schemas";
import { welcomeUser } from "@/lib/inngest/functions/welcome-user";
import { uniqueEmail } from "./support/factories";

// a fresh engine per test: the engine caches mocked step results across executions
const newEngine = () => new InngestTestEngine({ function: welcomeUser });

test("runs both steps for real: one in-app notification and one delivered email", async () => {
  const user = await registerUser(
    RegisterInput.parse({ email: uniqueEmail("welcome"), password: "password-1", name: "Vic Vendor", role: "vendor" }),
  );
  const engine = newEngine();
  const { result } = await engine.execute({
    events: [{ name: "user/registered", data: { userId: user.id, role: "vendor" } }],
  });
  const { emailId } = result as { emailId: string };
  const notification = await db.notification.findUniqueOrThrow({ where: { dedupeKey: `welcome:${user.id}` } });
  expect(notification).toMatchObject({ userId: user.id, type: "welcome", link: "/vendor" });
  const email = await db.emailOutbox.findUniqueOrThrow({ where: { id: emailId } });
  expect(email).toMatchObject({ to: user.email, status: "sent", subject: "Welcome to Travellr, Vic Vendor!" });
  expect(email.html).toContain("Open your dashboard");

  // a retried run (same event) creates nothing new
  await engine.execute({ events: [{ name: "user/registered", data: { userId: user.id, role: "vendor" } }] });
  expect(await db.notification.count({ where: { userId: user.id, type: "welcome" } })).toBe(1);
  expect(await db.emailOutbox.count({ where: { userId: user.id } })).toBe(1);
});

test("skips the email step when notify queued no email", async () => {
  const { result, ctx } = await newEngine().execute({
    events: [{ name: "user/registered", data: { userId: "someone", role: "traveller" } }],
    steps: [{ id: "notify", handler: () => ({ notificationId: "n1", emailId: null }) }],
  });
  expect(result).toEqual({ emailId: null });
  expect(ctx.step.run).toHaveBeenCalledTimes(1);
});

test("rejects an event whose data does not match its schema", async () => {
  const { error } = await newEngine().execute({ events: [{ name: "user/registered", data: { userId: 42 } as never }] });
  expect(error).toBeTruthy();
});
