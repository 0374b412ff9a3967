// GET /api/v1/vendors/:id/earnings — pending, available and paid-out earnings in one currency
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { readQuery } from "@/lib/api/query";
import { getVendorEarnings } from "@/lib/vendors/get-vendor-earnings";
import { EarningsQuery } from "@/lib/vendors/schemas";

export const GET = withAuth<{ id: string }>({ permission: "earnings:read_own" }, async ({ req, actor, params }) => {
  const { currency } = readQuery(req, EarningsQuery);
  return Response.json({ earnings: await getVendorEarnings(actor, params.id, currency) });
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
