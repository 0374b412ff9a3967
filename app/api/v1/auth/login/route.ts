// POST /api/v1/auth/login — exchange email and password for a bearer token
import { readJson } from "@/lib/api/body";
import { withPublic } from "@/lib/api/handler";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { LoginInput } from "@/lib/users/schemas";
import { toUserDto } from "@/lib/users/user-dto";
import { verifyCredentials } from "@/lib/users/verify-credentials";

export const POST = withPublic(async ({ req }) => {
  const input = await readJson(req, LoginInput);
  const user = await verifyCredentials(input);
  const { token, expiresAt } = await issueApiToken(user.id);
  return Response.json({ user: toUserDto(user), token, expiresAt: expiresAt.toISOString() });
});
