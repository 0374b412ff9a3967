// POST /api/v1/auth/password-reset — email a one-hour reset link; the same 202 whether or not the account exists
import { readJson } from "@/lib/api/body";
import { withPublic } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { PASSWORD_RESET_SENT } from "@/lib/users/password-reset-token";
import { PasswordResetRequestInput } from "@/lib/users/schemas";

export const POST = withPublic(async ({ req }) => {
  const { email } = await readJson(req, PasswordResetRequestInput);
  await requestPasswordReset({ email, ip: clientIp(req) });
  return Response.json({ message: PASSWORD_RESET_SENT }, { status: 202 });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
