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
 * Writes the in-app notification and queues its email; returns the email to deliver. One statement (atomic like the
 * transaction it replaces, in one round trip instead of four): each INSERT … ON CONFLICT on its dedupe key returns
 * the existing row's id when a retried call already wrote it, so a retry creates nothing new.
 */
export async function notifyUser(input: NotifyInput): Promise<{ notificationId: string; emailId: string | null }> {
  const user =
    input.recipient ??
    (await db.user.findUnique({ where: { id: input.userId }, select: { email: true, active: true } }));
  if (!user) throw notFound("User");
  // no email for a deactivated user: the email INSERT below then selects nothing
  const email = input.email && user.active ? renderEmail(input.email) : null;
  const emailKey = `${input.dedupeKey}:email`;
  const attachments = input.attachments ? JSON.stringify(input.attachments) : null;
  // ids are opaque (the ORM's cuid default applies only to its own inserts)
  const [row] = await pgRows<{ notificationId: string; emailId: string | null }>(sql`
    WITH notification AS (
      INSERT INTO notifications (id, "userId", type, title, body, link, "dedupeKey")
      VALUES (${randomUUID()}, ${input.userId}, ${input.type}, ${input.title}, ${input.body}, ${input.link ?? null},
        ${input.dedupeKey})
      ON CONFLICT ("dedupeKey") DO UPDATE SET "dedupeKey" = EXCLUDED."dedupeKey"
      RETURNING id
    ), email AS (
      INSERT INTO email_outbox (id, "userId", "to", subject, html, text, template, "dedupeKey", attachments)
      SELECT ${randomUUID()}, ${input.userId}, ${user.email}, ${email?.subject ?? ""}, ${email?.html ?? ""},
        ${email?.text ?? ""}, ${input.email?.template ?? ""}, ${emailKey}, ${attachments}::jsonb
      WHERE ${email !== null}
      ON CONFLICT ("dedupeKey") DO UPDATE SET "dedupeKey" = EXCLUDED."dedupeKey"
      RETURNING id
    )
    SELECT (SELECT id FROM notification) AS "notificationId", (SELECT id FROM email) AS "emailId"`);
  return row;
}
