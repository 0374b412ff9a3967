// POST /api/v1/auth/logout — revoke the bearer token (or end the browser session)
import { withAuth } from "@/lib/api/handler";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { signOut } from "@/lib/auth/next-auth";

export const POST = withAuth({}, async ({ token }) => {
  if (token) await revokeApiToken(token);
  else await signOut({ redirect: false });
  return new Response(null, { status: 204 });
});
