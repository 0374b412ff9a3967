// POST /api/v1/auth/register — create an account and return a bearer token
import { readJson } from "@/lib/api/body";
import { withPublic } from "@/lib/api/handler";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { registerUser } from "@/lib/users/register-user";
import { RegisterInput } from "@/lib/users/schemas";
import { toUserDto } from "@/lib/users/user-dto";

export const POST = withPublic(async ({ req }) => {
  const input = await readJson(req, RegisterInput);
  const user = await registerUser(input);
  const { token, expiresAt } = await issueApiToken(user.id);
  return Response.json({ user: toUserDto(user), token, expiresAt: expiresAt.toISOString() }, { status: 201 });
});
