// The Stripe event types Travellr's webhook handles — the `enabled_events` its webhook endpoint subscribes to (the
// README's Deploying section lists them; the local Stripe stand-in delivers only these). `stripe-webhook.ts` has one
// handler per type, checked by the compiler; events of other types are acknowledged and stored, nothing more.
// No "server-only" here: local/services.ts reads the list when it starts the stand-in.
export const STRIPE_WEBHOOK_EVENTS = [
  "payment_intent.succeeded",
  "payment_intent.payment_failed",
  "refund.updated",
  "refund.failed",
  "charge.refunded",
  "account.updated",
] as const;

export type StripeWebhookEvent = (typeof STRIPE_WEBHOOK_EVENTS)[number];
