import type { StripeEvent } from "@prisma/client";

export type WebhookStatus = "processed" | "failed" | "pending";

/** Processed once handled; failed while its last attempt threw; pending until an attempt finishes. */
export const webhookStatus = (e: Pick<StripeEvent, "processedAt" | "lastError">): WebhookStatus =>
  e.processedAt ? "processed" : e.lastError ? "failed" : "pending";

/** A stored Stripe event as the admin API and the admin page show it. */
export function toWebhookDto(e: StripeEvent) {
  return {
    id: e.id,
    type: e.type,
    livemode: e.livemode,
    status: webhookStatus(e),
    attempts: e.attempts,
    lastError: e.lastError,
    receivedAt: e.receivedAt.toISOString(),
    processedAt: e.processedAt?.toISOString() ?? null,
  };
}
