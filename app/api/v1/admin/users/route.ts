// GET /api/v1/admin/users — users by name/email, role and active flag (admin)
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { pageResponse } from "@/lib/pagination";
import { readQuery } from "@/lib/api/query";
import { listUsers } from "@/lib/admin/list-users";
import { AdminUsersQuery } from "@/lib/admin/schemas";
import { toUserDto } from "@/lib/users/user-dto";

export const GET = withAuth({ permission: "users:list" }, async ({ req, actor }) => {
  const query = readQuery(req, AdminUsersQuery);
  const { data, total } = await listUsers(actor, query);
  return Response.json(pageResponse(data.map(toUserDto), query, total));
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
