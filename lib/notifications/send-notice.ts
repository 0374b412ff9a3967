import "server-only";
import type { EmailAttachment } from "../email/deliver-email";
import { deliverEmail } from "../email/deliver-email";
import { env } from "../env";
import { notifyUser } from "./notify-user";

export interface NoticeInput {
  userId: string;
  type: string;
  title: string;
  /** the first one is also the in-app notification's body */
  paragraphs: string[];
  /** a site-relative link: the notification's target and the email's button */
  link: string;
  ctaLabel: string;
  dedupeKey: string;
  attachments?: EmailAttachment[];
}

/** An in-app notification plus the same words by email (the notice template), delivered at once; idempotent by key. */
export async function sendNotice(n: NoticeInput) {
  const { emailId } = await notifyUser({
    userId: n.userId,
    type: n.type,
    title: n.title,
    body: n.paragraphs[0],
    link: n.link,
    email: {
      template: "notice",
      data: { title: n.title, paragraphs: n.paragraphs, ctaLabel: n.ctaLabel, ctaUrl: `${env().APP_URL}${n.link}` },
    },
    attachments: n.attachments,
    dedupeKey: n.dedupeKey,
  });
  if (emailId) await deliverEmail(emailId);
  return { emailId };
}
