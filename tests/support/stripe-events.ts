import Stripe from "stripe";
import { LOCAL_STRIPE_WEBHOOK_SECRET } from "@/lib/local-keys";

/** A Stripe event payload signed exactly as Stripe signs webhooks, for feeding the webhook handler directly. */
export function signedEvent(type: string, object: unknown, id = `evt_test_${Math.random().toString(36).slice(2)}`) {
  const payload = JSON.stringify({
    id,
    object: "event",
    type,
    api_version: "2025-01-01",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    data: { object },
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  });
  return {
    payload,
    header: Stripe.webhooks.generateTestHeaderString({ payload, secret: LOCAL_STRIPE_WEBHOOK_SECRET }),
    id,
  };
}

/** Signs any body exactly as Stripe would, for payloads that are not well-formed events (no data.object, no id). */
export function signedPayload(body: Record<string, unknown>) {
  const payload = JSON.stringify(body);
  return {
    payload,
    header: Stripe.webhooks.generateTestHeaderString({ payload, secret: LOCAL_STRIPE_WEBHOOK_SECRET }),
  };
}
