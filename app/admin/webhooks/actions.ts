"use server";

import { retryWebhook } from "@/lib/admin/retry-webhook";
import { webhookStatus } from "@/lib/admin/webhook-dto";
import { Id, action } from "@/lib/forms/action";

export const retryWebhookAction = action(
  { permission: "webhooks:retry", args: [Id], revalidate: ["/admin/webhooks"] },
  async ({ actor, args: [eventId] }) => {
    const event = await retryWebhook(actor, eventId);
    return webhookStatus(event) === "processed"
      ? { ok: true, message: `${event.id} processed.` }
      : { formError: `Still failing: ${event.lastError ?? "unknown error"}` };
  },
);
