// PATCH /api/v1/admin/users/:id — change a user's role or deactivate/reactivate them (admin; not self, never the last admin)
import { readJson } from "@/lib/api/body";
import { withAuth } from "@/lib/api/handler";
import { AdminUpdateUserInput } from "@/lib/admin/schemas";
import { adminUpdateUser } from "@/lib/admin/update-user";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { toUserDto } from "@/lib/users/user-dto";

export const PATCH = withAuth<{ id: string }>({ permission: "users:change_role" }, async ({ req, actor, params }) => {
  const input = await readJson(req, AdminUpdateUserInput);
  return Response.json({ user: toUserDto(await adminUpdateUser(actor, params.id, input)) });
});

export const { OPTIONS, GET, HEAD, POST, PUT, DELETE } = allowOnly("PATCH");
