// GET /api/v1/admin/analytics — GMV, revenue, refunds, bookings and conversion over a range, from the ledger (admin)
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { readQuery } from "@/lib/api/query";
import { getAnalytics } from "@/lib/admin/analytics";
import { AnalyticsQuery } from "@/lib/admin/schemas";

export const GET = withAuth({ permission: "analytics:read" }, async ({ req, actor }) =>
  Response.json(await getAnalytics(actor, readQuery(req, AnalyticsQuery))),
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
