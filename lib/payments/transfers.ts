import "server-only";
import Stripe from "stripe";
import { stripe } from "./stripe";

/**
 * Sends a payout to the vendor's connected account. The idempotency key is derived from the payout id, so a retry
 * after a crash or a timeout returns the transfer already made instead of making a second one.
 */
export function createPayoutTransfer(
  payout: { id: string; vendorId: string; amount: number; currency: string },
  destination: string,
) {
  return stripe().transfers.create(
    {
      amount: payout.amount,
      currency: payout.currency,
      destination,
      transfer_group: `payout_${payout.id}`,
      description: "Travellr payout",
      metadata: { payoutId: payout.id, vendorId: payout.vendorId },
    },
    { idempotencyKey: `payout:${payout.id}` },
  );
}

/**
 * Stripe refused the request for good (no such account, missing capability, insufficient balance, permission): the
 * same request would be refused again. Network errors, rate limits and Stripe's own 5xx are worth retrying.
 */
export function isDefinitiveStripeError(error: unknown): error is Stripe.errors.StripeError {
  return (
    error instanceof Stripe.errors.StripeInvalidRequestError ||
    error instanceof Stripe.errors.StripePermissionError ||
    error instanceof Stripe.errors.StripeCardError
  );
}
