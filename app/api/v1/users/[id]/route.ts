// GET/PUT/DELETE /api/v1/users/:id — read, edit or deactivate a profile (self or admin)
import { readJson } from "@/lib/api/body";
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { getUser } from "@/lib/users/get-user";
import { UpdateUserInput } from "@/lib/users/schemas";
import { updateUser } from "@/lib/users/update-user";
import { toUserDto } from "@/lib/users/user-dto";

type P = { id: string };

export const GET = withAuth<P>({ permission: "profile:read" }, async ({ actor, params }) => {
  const user = await getUser(actor, params.id);
  return Response.json({ user: toUserDto(user) });
});

export const PUT = withAuth<P>({ permission: "profile:update" }, async ({ req, actor, params }) => {
  const input = await readJson(req, UpdateUserInput);
  const user = await updateUser(actor, params.id, input);
  return Response.json({ user: toUserDto(user) });
});

export const DELETE = withAuth<P>({ permission: "profile:deactivate" }, async ({ actor, params, token }) => {
  await deactivateUser(actor, params.id);
  if (token && actor.id === params.id) await revokeApiToken(token);
  return new Response(null, { status: 204 });
});

export const { OPTIONS, POST, PATCH } = allowOnly("GET", "PUT", "DELETE");
