// POST /api/v1/auth/register — create an account and return a bearer token
import { readJson } from "@/lib/api/body";
import { withPublic } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { limitRegistration } from "@/lib/rate-limit/limits";
import { registerUser } from "@/lib/users/register-user";
import { RegisterInput } from "@/lib/users/schemas";
import { toUserDto } from "@/lib/users/user-dto";

export const POST = withPublic(async ({ req }) => {
  // counted before the body is read: malformed attempts use up the budget too
  const limits = await limitRegistration(clientIp(req));
  const input = await readJson(req, RegisterInput);
  const user = await registerUser(input);
  const { token, expiresAt } = await issueApiToken(user.id);
  return Response.json(
    { user: toUserDto(user), token, expiresAt: expiresAt.toISOString() },
    { status: 201, headers: limits },
  );
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
