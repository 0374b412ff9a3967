// POST /api/v1/auth/login — exchange email and password for a bearer token
import { readJson } from "@/lib/api/body";
import { withPublic } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { guardPasswordLogin } from "@/lib/rate-limit/limits";
import { LoginInput } from "@/lib/users/schemas";
import { toUserDto } from "@/lib/users/user-dto";
import { verifyCredentials } from "@/lib/users/verify-credentials";

export const POST = withPublic(async ({ req }) => {
  const input = await readJson(req, LoginInput);
  // per-account lockout + per-IP failure limit; a locked account is 429 even with the right password
  const user = await guardPasswordLogin({ email: input.email, ip: clientIp(req) }, () => verifyCredentials(input));
  const { token, expiresAt } = await issueApiToken(user.id);
  return Response.json({ user: toUserDto(user), token, expiresAt: expiresAt.toISOString() });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
