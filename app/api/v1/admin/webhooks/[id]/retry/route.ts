// POST /api/v1/admin/webhooks/:id/retry — process a failed Stripe event again (admin, audited)
import { withAuth } from "@/lib/api/handler";
import { retryWebhook } from "@/lib/admin/retry-webhook";
import { toWebhookDto } from "@/lib/admin/webhook-dto";
import { allowOnly } from "@/lib/api/method-not-allowed";

export const POST = withAuth<{ id: string }>({ permission: "webhooks:retry" }, async ({ actor, params }) =>
  Response.json({ webhook: toWebhookDto(await retryWebhook(actor, params.id)) }),
);

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
