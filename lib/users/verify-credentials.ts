import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { verifyPassword } from "../auth/password";
import type { LoginInput } from "./schemas";

/** Returns the user for a correct email and password; one message for every failure so emails cannot be probed. */
export async function verifyCredentials(input: LoginInput) {
  const user = await db.user.findUnique({ where: { email: input.email }, omit: { passwordHash: false } });
  const ok = await verifyPassword(input.password, user?.passwordHash);
  if (!user || !ok || !user.active) {
    throw new AppError("invalid_credentials", "Email or password is incorrect");
  }
  const { passwordHash: _omitted, ...safe } = user;
  return safe;
}
