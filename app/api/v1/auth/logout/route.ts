// POST /api/v1/auth/logout — revoke the bearer token, or end every browser session of the signed-in user
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { endBrowserSessions } from "@/lib/auth/end-sessions";
import { signOut } from "@/lib/auth/next-auth";

export const POST = withAuth({}, async ({ token, actor }) => {
  if (token) await revokeApiToken(token);
  else {
    await endBrowserSessions(actor.id);
    await signOut({ redirect: false });
  }
  return new Response(null, { status: 204 });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
