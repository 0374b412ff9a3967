import "server-only";
import { recordAudit } from "../audit/record-audit";
import { endSessionsAndTokens } from "../auth/end-sessions";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { AppError } from "../errors";
import { clearLoginLockout } from "../rate-limit/limits";
import { hashResetToken } from "./password-reset-token";

export interface ResetPasswordOptions {
  /** the token from the emailed link */
  token: string;
  /** the new password, already checked by PasswordResetConfirmInput */
  password: string;
  now?: Date;
}

const invalidToken = () =>
  new AppError(
    "invalid_token",
    "This password reset link is invalid, was already used or has expired. Request a new one.",
  );

/**
 * Sets a new password from a reset link. The link works once: claiming it is a conditional update, so of two
 * concurrent uses exactly one goes through. Every other open link of the user dies with it, and every browser
 * session and bearer token ends (whoever knew the old password is signed out everywhere).
 */
export async function resetPassword({ token, password, now = new Date() }: ResetPasswordOptions) {
  // bcrypt is slow: hashed before the transaction, so no row stays locked meanwhile
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const [claimed] = await tx.passwordResetToken.updateManyAndReturn({
      where: { tokenHash: hashResetToken(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { userId: true },
    });
    if (!claimed) throw invalidToken();
    // a deactivated account stays closed: its link is refused like an expired one (and the claim rolls back)
    const [updated] = await tx.user.updateManyAndReturn({
      where: { id: claimed.userId, active: true },
      data: { passwordHash },
      select: { id: true, email: true },
    });
    if (!updated) throw invalidToken();
    await tx.passwordResetToken.updateMany({ where: { userId: updated.id, usedAt: null }, data: { usedAt: now } });
    await endSessionsAndTokens(updated.id, tx);
    await recordAudit(tx, {
      actorId: updated.id,
      action: "user.password_reset",
      entityType: "user",
      entityId: updated.id,
    });
    return updated;
  });
  await clearLoginLockout(user.email);
  return { userId: user.id };
}
