import "server-only";
import type { Prisma, StripeEvent } from "@prisma/client";
import type Stripe from "stripe";
import { toSkipTake } from "../api/pagination";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { processStripeEvent } from "../payments/stripe-webhook";
import type { WebhooksQuery } from "./schemas";

export type WebhookStatus = "processed" | "failed" | "pending";

export const webhookStatus = (e: Pick<StripeEvent, "processedAt" | "lastError">): WebhookStatus => (e.processedAt ? "processed" : e.lastError ? "failed" : "pending");

export function toWebhookDto(e: StripeEvent) {
  return { id: e.id, type: e.type, livemode: e.livemode, status: webhookStatus(e), attempts: e.attempts, lastError: e.lastError, receivedAt: e.receivedAt.toISOString(), processedAt: e.processedAt?.toISOString() ?? null };
}

/** Stored Stripe events, newest first, with their processing status. */
export async function listWebhooks(actor: Actor, query: WebhooksQuery) {
  if (!can(actor.role, "webhooks:read")) throw forbidden();
  const where: Prisma.StripeEventWhereInput = {};
  if (query.type) where.type = query.type;
  if (query.status === "processed") where.processedAt = { not: null };
  if (query.status === "failed") Object.assign(where, { processedAt: null, lastError: { not: null } });
  if (query.status === "pending") Object.assign(where, { processedAt: null, lastError: null });
  const [total, rows] = await Promise.all([db.stripeEvent.count({ where }), db.stripeEvent.findMany({ where, orderBy: [{ receivedAt: "desc" }, { id: "desc" }], ...toSkipTake(query) })]);
  return { total, rows };
}

/**
 * Processes a stored event that failed (or never finished) again, from its stored payload; its handler re-reads the
 * object from Stripe and is idempotent. Audited. A processed event is a 409: there is nothing to retry.
 */
export async function retryWebhook(actor: Actor, eventId: string) {
  if (!can(actor.role, "webhooks:retry")) throw forbidden();
  const stored = await db.stripeEvent.findUnique({ where: { id: eventId } });
  if (!stored) throw notFound("Webhook event");
  if (stored.processedAt) throw new AppError("invalid_state", "This event was processed already; there is nothing to retry");
  await db.auditLog.create({ data: { actorId: actor.id, action: "webhook.retried", entityType: "stripe_event", entityId: eventId, data: { type: stored.type, attempts: stored.attempts } } });
  await processStripeEvent(stored.payload as unknown as Stripe.Event).catch(() => undefined);
  return db.stripeEvent.findUniqueOrThrow({ where: { id: eventId } });
}
