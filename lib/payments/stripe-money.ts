// What Stripe itself recorded for a payment and a payout, for reconciliation. Framework-free (no server-only): the
// reconcile script and the tests pass their own Stripe client.
import type Stripe from "stripe";

/** What Stripe captured on a PaymentIntent and refunded on its charge, in minor units. */
export async function stripePaymentTotals(stripe: Stripe, paymentIntentId: string) {
  const intent = await stripe.paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge"] });
  const charge = intent.latest_charge && typeof intent.latest_charge === "object" ? intent.latest_charge : null;
  return {
    status: intent.status,
    captured: intent.status === "succeeded" ? intent.amount_received : 0,
    refunded: charge?.amount_refunded ?? 0,
  };
}

/** A transfer's amount net of reversals, in minor units. */
export async function stripeTransferNet(stripe: Stripe, transferId: string) {
  const transfer = await stripe.transfers.retrieve(transferId);
  return { id: transfer.id, net: transfer.amount - transfer.amount_reversed, currency: transfer.currency };
}
