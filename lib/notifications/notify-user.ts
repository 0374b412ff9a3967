import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { pgRows, sql } from "../db-pool";
import type { EmailAttachment } from "../email/deliver-email";
import { type EmailSpec, renderEmail } from "../email/templates";
import { notFound } from "../errors";

export interface NotifyInput {
  userId: string;
  type: string;
  title: string;
  body: string;
  link?: string;
  email?: EmailSpec;
  /** files sent with the email (text content, e.g. a CSV statement) */
  attachments?: EmailAttachment[];
  /** makes a retried call a no-op: the same key never creates a second notification or email */
  dedupeKey: string;
  /** the user's address and whether they are active, when the caller already read them */
  recipient?: Recipient;
}

export interface Recipient {
  email: string;
  active: boolean;
}

/**
 * Writes the in-app notification and queues its email; returns the email to deliver. Idempotent by `dedupeKey`: a
 * retried call returns the rows the first one wrote and creates nothing new.
 */
export async function notifyUser(input: NotifyInput): Promise<{ notificationId: string; emailId: string | null }> {
  const [written] = await notifyUsers([input]);
  return written;
}

/**
 * `notifyUser` for many notices at once (a batch of booking notices): every notification and queued email in one
 * statement — atomic, one round trip however many there are. Each INSERT … ON CONFLICT on its dedupe key returns the
 * existing row's id when a retried call already wrote it. Results are in the order of `inputs`; inputs repeating a
 * key share the first one's rows.
 */
export async function notifyUsers(
  inputs: NotifyInput[],
): Promise<{ notificationId: string; emailId: string | null }[]> {
  if (inputs.length === 0) return [];
  const unknown = [...new Set(inputs.filter((i) => !i.recipient).map((i) => i.userId))];
  const looked = unknown.length
    ? await db.user.findMany({ where: { id: { in: unknown } }, select: { id: true, email: true, active: true } })
    : [];
  const users = new Map(looked.map((u) => [u.id, u as Recipient]));
  const notifications = new Map<string, Record<string, string | null>>();
  const emails = new Map<string, Record<string, unknown>>();
  for (const input of inputs) {
    const user = input.recipient ?? users.get(input.userId);
    if (!user) throw notFound("User");
    if (notifications.has(input.dedupeKey)) continue;
    // ids are opaque (the ORM's cuid default applies only to its own inserts)
    notifications.set(input.dedupeKey, {
      id: randomUUID(),
      userId: input.userId,
      type: input.type,
      title: input.title,
      body: input.body,
      link: input.link ?? null,
      dedupeKey: input.dedupeKey,
    });
    // no email for a deactivated user
    if (!input.email || !user.active) continue;
    const email = renderEmail(input.email);
    emails.set(emailKey(input), {
      id: randomUUID(),
      userId: input.userId,
      to: user.email,
      subject: email.subject,
      html: email.html,
      text: email.text,
      template: input.email.template,
      dedupeKey: emailKey(input),
      // an absent key is SQL NULL
      ...(input.attachments ? { attachments: input.attachments } : {}),
    });
  }
  const rows = await pgRows<{ kind: "notification" | "email"; id: string; dedupeKey: string }>(sql`
    WITH notification AS (
      INSERT INTO notifications (id, "userId", type, title, body, link, "dedupeKey")
      SELECT id, "userId", type, title, body, link, "dedupeKey"
      FROM jsonb_to_recordset(${JSON.stringify([...notifications.values()])}::jsonb)
        AS n(id text, "userId" text, type text, title text, body text, link text, "dedupeKey" text)
      ON CONFLICT ("dedupeKey") DO UPDATE SET "dedupeKey" = EXCLUDED."dedupeKey"
      RETURNING id, "dedupeKey"
    ), email AS (
      INSERT INTO email_outbox (id, "userId", "to", subject, html, text, template, "dedupeKey", attachments)
      SELECT id, "userId", "to", subject, html, "text", template, "dedupeKey", attachments
      FROM jsonb_to_recordset(${JSON.stringify([...emails.values()])}::jsonb)
        AS e(id text, "userId" text, "to" text, subject text, html text, "text" text, template text, "dedupeKey" text,
          attachments jsonb)
      ON CONFLICT ("dedupeKey") DO UPDATE SET "dedupeKey" = EXCLUDED."dedupeKey"
      RETURNING id, "dedupeKey"
    )
    SELECT 'notification' AS kind, id, "dedupeKey" FROM notification
    UNION ALL SELECT 'email', id, "dedupeKey" FROM email`);
  const ids = new Map(rows.map((r) => [`${r.kind}:${r.dedupeKey}`, r.id]));
  return inputs.map((input) => ({
    notificationId: ids.get(`notification:${input.dedupeKey}`)!,
    emailId: ids.get(`email:${emailKey(input)}`) ?? null,
  }));
}

const emailKey = (input: NotifyInput) => `${input.dedupeKey}:email`;
