// POST /api/v1/auth/password-reset/confirm — set a new password with the token from the reset link
import { readJson } from "@/lib/api/body";
import { withPublic } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { resetPassword } from "@/lib/users/reset-password";
import { PasswordResetConfirmInput } from "@/lib/users/schemas";

export const POST = withPublic(async ({ req }) => {
  await resetPassword(await readJson(req, PasswordResetConfirmInput));
  return new Response(null, { status: 204 });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
