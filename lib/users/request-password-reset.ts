import "server-only";
import { db } from "../db";
import { renderEmail } from "../email/templates";
import { env } from "../env";
import { events } from "../events/definitions";
import { kickOutbox } from "../events/dispatch-outbox";
import { publishEvent } from "../events/publish-event";
import { limitPasswordReset } from "../rate-limit/limits";
import { hashResetToken, newResetToken, RESET_TOKEN_TTL_MS } from "./password-reset-token";

export interface RequestPasswordResetOptions {
  /** already normalised by PasswordResetRequestInput (trimmed, lower case) */
  email: string;
  /** the caller's IP, for the per-IP limit */
  ip: string;
  now?: Date;
}

/**
 * Forgot password: emails a one-hour, single-use reset link to an active account. Returns nothing, so no caller can
 * answer differently for an unknown or deactivated email: those get no email and no record, and the page and the
 * API say the same "if an account exists…" either way. The limits count every request before the lookup.
 * The token, the email and the event that delivers it are written in one transaction: a link exists exactly when
 * its email is queued.
 */
export async function requestPasswordReset({ email, ip, now = new Date() }: RequestPasswordResetOptions) {
  await limitPasswordReset({ ip, email });
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, active: true },
  });
  if (!user?.active) return;

  const token = newResetToken();
  const resetUrl = `${env().APP_URL}/reset-password?token=${token}`;
  const rendered = renderEmail({ template: "password_reset", data: { name: user.name, resetUrl } });
  await db.$transaction(async (tx) => {
    const reset = await tx.passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash: hashResetToken(token),
        expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
      },
      select: { id: true },
    });
    const queued = await tx.emailOutbox.create({
      data: {
        userId: user.id,
        to: user.email,
        template: "password_reset",
        dedupeKey: `password-reset:${reset.id}`,
        ...rendered,
      },
      select: { id: true },
    });
    await publishEvent(
      tx,
      events.passwordResetRequested,
      { userId: user.id, emailId: queued.id },
      `user/password-reset.requested:${reset.id}`,
    );
  });
  kickOutbox();
}
