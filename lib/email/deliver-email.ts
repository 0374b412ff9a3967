import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "../db";
import { pgExecute, sql } from "../db-pool";
import { env } from "../env";

const transports = new Map<string, Transporter>();

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** The attachments stored on an outbox row (JSON), read back with their shape checked. */
function storedAttachments(value: unknown): EmailAttachment[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (a): a is EmailAttachment =>
      typeof a?.filename === "string" && typeof a?.contentType === "string" && typeof a?.content === "string",
  );
}

/** Marks queued outbox rows sent (without SMTP, that is their delivery); returns how many were not already. */
function markSentInOutbox(emailIds: string[]) {
  return pgExecute(sql`
    UPDATE email_outbox SET status = 'sent', "sentAt" = now(), attempts = attempts + 1, "lastError" = NULL
    WHERE id = ANY(${emailIds}::text[]) AND status <> 'sent'`);
}

/**
 * Delivers queued emails: without SMTP, marking them sent is the delivery — one UPDATE for all of them; over SMTP,
 * one after the other (`deliverEmail`). Idempotent like it.
 */
export async function deliverEmails(emailIds: string[], config: { SMTP_URL?: string; MAIL_FROM: string } = env()) {
  if (emailIds.length === 0) return;
  if (!config.SMTP_URL) await markSentInOutbox(emailIds);
  else for (const id of emailIds) await deliverEmail(id, config);
}

/**
 * Delivers a queued email: over SMTP when SMTP_URL is set; otherwise the outbox row itself is the delivery, readable
 * at /dev/mail. Idempotent: an email already sent is not sent again. Throws on SMTP failure so the calling Inngest
 * step retries it.
 */
export async function deliverEmail(
  emailId: string,
  { SMTP_URL, MAIL_FROM }: { SMTP_URL?: string; MAIL_FROM: string } = env(),
): Promise<{ status: "sent" | "already_sent"; via: "smtp" | "outbox" }> {
  if (!SMTP_URL) {
    // the outbox row is the delivery: marking it sent is all there is, one conditional UPDATE
    if ((await markSentInOutbox([emailId])) === 1) return { status: "sent", via: "outbox" };
    await db.emailOutbox.findUniqueOrThrow({ where: { id: emailId }, select: { id: true } });
    return { status: "already_sent", via: "outbox" };
  }
  const email = await db.emailOutbox.findUniqueOrThrow({ where: { id: emailId } });
  if (email.status === "sent") return { status: "already_sent", via: "smtp" };
  let transport = transports.get(SMTP_URL);
  if (!transport) transports.set(SMTP_URL, (transport = nodemailer.createTransport(SMTP_URL)));
  try {
    await transport.sendMail({
      from: MAIL_FROM,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      attachments: storedAttachments(email.attachments),
      messageId: `<${email.id}@travellr>`,
    });
  } catch (error) {
    await db.emailOutbox.update({
      where: { id: emailId },
      data: { attempts: { increment: 1 }, lastError: String(error).slice(0, 500), status: "failed" },
    });
    throw error;
  }
  await db.emailOutbox.update({
    where: { id: emailId },
    data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
  });
  return { status: "sent", via: "smtp" };
}
