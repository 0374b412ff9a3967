// GET /api/v1/admin/webhooks — stored Stripe events with their processing status (admin)
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { pageResponse } from "@/lib/pagination";
import { readQuery } from "@/lib/api/query";
import { WebhooksQuery } from "@/lib/admin/schemas";
import { listWebhooks } from "@/lib/admin/list-webhooks";
import { toWebhookDto } from "@/lib/admin/webhook-dto";

export const GET = withAuth({ permission: "webhooks:read" }, async ({ req, actor }) => {
  const query = readQuery(req, WebhooksQuery);
  const { total, rows } = await listWebhooks(actor, query);
  return Response.json(pageResponse(rows.map(toWebhookDto), query, total));
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
