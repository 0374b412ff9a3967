import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { forbidden } from "../errors";
import { toSkipTake } from "../pagination";
import type { WebhooksQuery } from "./schemas";

/** Stored Stripe events, newest first, with their processing status. */
export async function listWebhooks(actor: Actor, query: WebhooksQuery) {
  if (!can(actor.role, "webhooks:read")) throw forbidden();
  const where: Prisma.StripeEventWhereInput = {};
  if (query.type) where.type = query.type;
  if (query.status === "processed") where.processedAt = { not: null };
  if (query.status === "failed") Object.assign(where, { processedAt: null, lastError: { not: null } });
  if (query.status === "pending") Object.assign(where, { processedAt: null, lastError: null });
  const [total, rows] = await Promise.all([
    db.stripeEvent.count({ where }),
    db.stripeEvent.findMany({ where, orderBy: [{ receivedAt: "desc" }, { id: "desc" }], ...toSkipTake(query) }),
  ]);
  return { total, rows };
}
