import "server-only";
import { db } from "../db";
import { hashResetToken } from "./password-reset-token";

/**
 * Whether a reset link still works, for the reset page to show the form or say "request a new link" before anyone
 * types a password. Unknown, used and expired tokens all answer false. resetPassword decides again when the form is
 * sent: this is only a preview.
 */
export async function isResetTokenUsable(token: string | undefined, now = new Date()): Promise<boolean> {
  if (!token || token.length > 256) return false;
  const found = await db.passwordResetToken.findFirst({
    where: { tokenHash: hashResetToken(token), usedAt: null, expiresAt: { gt: now }, user: { active: true } },
    select: { id: true },
  });
  return found !== null;
}
