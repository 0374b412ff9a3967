import "server-only";
import { db } from "../db";
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

/** Writes the in-app notification and queues its email in one transaction; returns the email to deliver. */
export async function notifyUser(input: NotifyInput): Promise<{ notificationId: string; emailId: string | null }> {
  const user =
    input.recipient ??
    (await db.user.findUnique({ where: { id: input.userId }, select: { email: true, active: true } }));
  if (!user) throw notFound("User");
  return db.$transaction(async (tx) => {
    const notification = await tx.notification.upsert({
      where: { dedupeKey: input.dedupeKey },
      create: {
        userId: input.userId,
        type: input.type,
        title: input.title,
        body: input.body,
        link: input.link,
        dedupeKey: input.dedupeKey,
      },
      // a non-empty update lets Prisma send one INSERT … ON CONFLICT instead of a SELECT then an INSERT; setting the
      // key to itself changes nothing
      update: { dedupeKey: input.dedupeKey },
    });
    if (!input.email || !user.active) return { notificationId: notification.id, emailId: null };
    const rendered = renderEmail(input.email);
    const email = await tx.emailOutbox.upsert({
      where: { dedupeKey: `${input.dedupeKey}:email` },
      create: {
        userId: input.userId,
        to: user.email,
        template: input.email.template,
        dedupeKey: `${input.dedupeKey}:email`,
        ...rendered,
        attachments: input.attachments?.map((a) => ({ ...a })),
      },
      update: { dedupeKey: `${input.dedupeKey}:email` },
    });
    return { notificationId: notification.id, emailId: email.id };
  });
}
