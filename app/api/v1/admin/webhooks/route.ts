// GET /api/v1/admin/webhooks — stored Stripe events with their processing status (admin)
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { pageResponse } from "@/lib/api/pagination";
import { readQuery } from "@/lib/api/query";
import { WebhooksQuery } from "@/lib/admin/schemas";
import { listWebhooks, toWebhookDto } from "@/lib/admin/webhooks";

export const GET = withAuth({ permission: "webhooks:read" }, async ({ req, actor }) => {
  const query = readQuery(req, WebhooksQuery);
  const { total, rows } = await listWebhooks(actor, query);
  return Response.json(pageResponse(rows.map(toWebhookDto), query, total));
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
