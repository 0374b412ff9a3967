// GET /api/v1/admin/payouts — every vendor's payouts, by status and vendor (admin)
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { pageResponse } from "@/lib/pagination";
import { readQuery } from "@/lib/api/query";
import { listAdminPayouts } from "@/lib/admin/list-payouts";
import { AdminPayoutsQuery } from "@/lib/admin/schemas";
import { toPayoutDto } from "@/lib/vendors/vendor-dto";

export const GET = withAuth({ permission: "payouts:run" }, async ({ req, actor }) => {
  const query = readQuery(req, AdminPayoutsQuery);
  const { total, rows } = await listAdminPayouts(actor, query);
  return Response.json(pageResponse(rows.map(toPayoutDto), query, total));
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
