import "server-only";
import type Stripe from "stripe";
import { db } from "../db";
import { pgExecute, pgRows, sql } from "../db-pool";
import { AppError } from "../errors";
import { logger } from "../logger";
import { replaceNul } from "../nul";
import { applyRefundStatus } from "./apply-refund-status";
import { handlePaymentFailed } from "./handle-payment-failed";
import { findKnownPayment, handlePaymentSucceeded, type KnownPayment } from "./handle-payment-succeeded";
import { stripe, webhookSecret } from "./stripe";
import { syncConnectAccount } from "../vendors/sync-connect-account";
import type { StripeWebhookEvent } from "./webhook-events";

type Handler = (event: Stripe.Event, payment: KnownPayment | null) => Promise<unknown>;

// One handler per event type. Each re-reads the object from Stripe instead of trusting the payload, so a stale or
// out-of-order delivery acts on the current state.
const HANDLERS: Record<StripeWebhookEvent, Handler> = {
  "payment_intent.succeeded": async (event, payment) => {
    const intent = await stripe().paymentIntents.retrieve((event.data.object as Stripe.PaymentIntent).id);
    return intent.status === "succeeded" ? handlePaymentSucceeded(intent, new Date(), payment) : "not_succeeded";
  },
  "payment_intent.payment_failed": async (event, payment) => {
    const intent = await stripe().paymentIntents.retrieve((event.data.object as Stripe.PaymentIntent).id);
    return intent.status === "succeeded"
      ? handlePaymentSucceeded(intent, new Date(), payment)
      : handlePaymentFailed(intent, event.id);
  },
  "refund.updated": (event) => reconcileRefund((event.data.object as Stripe.Refund).id),
  "refund.failed": (event) => reconcileRefund((event.data.object as Stripe.Refund).id),
  // a connected account's onboarding or verification changed: store whether it can receive payouts
  "account.updated": (event) => syncConnectAccount((event.data.object as Stripe.Account).id),
  "charge.refunded": async (event) => {
    const charge = event.data.object as Stripe.Charge;
    const refunds = await stripe().refunds.list({ charge: charge.id, limit: 100 });
    for (const r of refunds.data) await reconcileRefund(r.id);
  },
};

function handlerFor(type: string): Handler | undefined {
  return Object.hasOwn(HANDLERS, type) ? HANDLERS[type as StripeWebhookEvent] : undefined;
}

async function reconcileRefund(stripeRefundId: string) {
  const refund = await stripe().refunds.retrieve(stripeRefundId);
  const refundId = refund.metadata?.refundId;
  if (!refundId || !(await db.refund.findUnique({ where: { id: refundId }, select: { id: true } })))
    return "unknown_refund";
  const status =
    refund.status === "succeeded"
      ? "succeeded"
      : refund.status === "failed" || refund.status === "canceled"
        ? "failed"
        : "pending";
  await applyRefundStatus({
    refundId,
    stripeRefundId: refund.id,
    status,
    failureReason: refund.failure_reason ?? null,
  });
  return status;
}

/**
 * Why a signed event is acknowledged (200) without running its handler, or null to run it: an event without its
 * object, or about a PaymentIntent this platform never created (another integration on the same Stripe account, a
 * deleted test row). Re-reading such an intent from Stripe would fail on every retry, so it is logged and ignored.
 */
async function ignoreReason(event: Stripe.Event): Promise<{ skip: string | null; payment: KnownPayment | null }> {
  const object: unknown = event.data?.object;
  if (
    typeof object !== "object" ||
    object === null ||
    !("id" in object) ||
    typeof object.id !== "string" ||
    object.id === ""
  )
    return { skip: "missing_object", payment: null };
  if (event.type.startsWith("payment_intent.")) {
    // the row found here is handed to the handler, which would otherwise look it up again
    const payment = await findKnownPayment(object.id);
    return { skip: payment ? null : "unknown_payment_intent", payment: payment ?? null };
  }
  return { skip: null, payment: null };
}

/**
 * Verifies the signature on the raw body, stores the event id (unique) before handling, dispatches it, and throws on
 * failure so the route answers non-2xx and Stripe retries. An event already processed is acknowledged and skipped.
 */
export async function handleStripeWebhook(rawBody: string, signature: string | null) {
  let event: Stripe.Event;
  try {
    event = stripe().webhooks.constructEvent(rawBody, signature ?? "", webhookSecret());
  } catch {
    logger.warn(
      { event: "signature_failed", source: "stripe", signed: Boolean(signature) },
      "Stripe webhook with a missing or wrong signature refused",
    );
    throw new AppError("bad_request", "The Stripe-Signature header does not match the payload");
  }
  if (typeof event.id !== "string" || typeof event.type !== "string") {
    // signed but not an event: nothing to store or retry, and a non-2xx would only make Stripe resend it
    logger.warn({ eventId: event.id, type: event.type }, "signed Stripe webhook without an event id or type; ignored");
    return { received: true, ignored: "malformed_event" };
  }
  // jsonb cannot hold \u0000: a NUL in a third-party text field must not make the delivery fail forever
  const payload = JSON.stringify(replaceNul(event));
  // a type without a handler (payment_intent.created, charge.succeeded…) is stored already processed: one statement
  // instead of an insert and an update for an event nothing acts on
  const handled = handlerFor(event.type) !== undefined;
  // stored first (the id is the primary key): a second delivery of the same event finds the first one's row
  const [inserted] = await pgRows<{ processedAt: Date | null }>(sql`
    INSERT INTO stripe_events (id, type, livemode, payload, "processedAt", attempts)
    VALUES (${event.id}, ${event.type}, ${Boolean(event.livemode)}, ${payload}::jsonb,
      ${handled ? null : new Date()}, ${handled ? 0 : 1})
    ON CONFLICT (id) DO NOTHING
    RETURNING "processedAt"`);
  const duplicate = !inserted;
  const stored =
    inserted ?? (await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id }, select: { processedAt: true } }));
  if (duplicate && stored.processedAt) return { received: true, duplicate: true };
  if (!handled) return { received: true, result: "ignored" };
  return { received: true, result: await processStripeEvent(event) };
}

/**
 * Runs the handler of a stored event and records the outcome on it; throws on failure (so the webhook answers
 * non-2xx and Stripe retries). Handlers are idempotent, so processing an event again is safe.
 */
export async function processStripeEvent(event: Stripe.Event) {
  const handler = handlerFor(event.type);
  try {
    const { skip, payment } = handler ? await ignoreReason(event) : { skip: null, payment: null };
    if (skip) logger.warn({ eventId: event.id, type: event.type, reason: skip }, "signed Stripe event ignored");
    const result = skip ? `ignored_${skip}` : handler ? await handler(event, payment) : "ignored";
    await pgExecute(sql`
      UPDATE stripe_events SET "processedAt" = now(), attempts = attempts + 1, "lastError" = NULL WHERE id = ${event.id}`);
    return result;
  } catch (error) {
    logger.error(
      { err: error, eventId: event.id, type: event.type },
      "stripe webhook handler failed; Stripe will retry",
    );
    await db.stripeEvent.update({
      where: { id: event.id },
      data: { attempts: { increment: 1 }, lastError: String(error).slice(0, 1000) },
    });
    throw error;
  }
}
