import "server-only";
import type Stripe from "stripe";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { processStripeEvent } from "../payments/stripe-webhook";

/**
 * Processes a stored event that failed (or never finished) again, from its stored payload; its handler re-reads the
 * object from Stripe and is idempotent. Audited. A processed event is a 409: there is nothing to retry.
 */
export async function retryWebhook(actor: Actor, eventId: string) {
  if (!can(actor.role, "webhooks:retry")) throw forbidden();
  const stored = await db.stripeEvent.findUnique({ where: { id: eventId } });
  if (!stored) throw notFound("Webhook event");
  if (stored.processedAt)
    throw new AppError("invalid_state", "This event was processed already; there is nothing to retry");
  await db.auditLog.create({
    data: {
      actorId: actor.id,
      action: "webhook.retried",
      entityType: "stripe_event",
      entityId: eventId,
      data: { type: stored.type, attempts: stored.attempts },
    },
  });
  await processStripeEvent(stored.payload as unknown as Stripe.Event).catch(() => undefined);
  return db.stripeEvent.findUniqueOrThrow({ where: { id: eventId } });
}
