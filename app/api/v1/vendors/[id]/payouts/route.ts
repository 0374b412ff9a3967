// GET /api/v1/vendors/:id/payouts — the vendor's payouts, newest first (that vendor or an admin)
import { allowOnly } from "@/lib/api/method-not-allowed";
import { pageResponse } from "@/lib/pagination";
import { withAuth } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/query";
import { listVendorPayouts } from "@/lib/vendors/list-vendor-payouts";
import { PayoutsQuery } from "@/lib/vendors/schemas";
import { toPayoutDto } from "@/lib/vendors/vendor-dto";

export const GET = withAuth<{ id: string }>({ permission: "earnings:read_own" }, async ({ req, actor, params }) => {
  const query = readQuery(req, PayoutsQuery);
  const { total, rows } = await listVendorPayouts(actor, params.id, query);
  return Response.json(pageResponse(rows.map(toPayoutDto), query, total));
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
