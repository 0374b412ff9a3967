import "server-only";
import { logger } from "../logger";
import { stripe } from "./stripe";

/**
 * Cancels a cancelled booking's unpaid PaymentIntents so they cannot be paid any more. Best effort: a failure is
 * logged, not thrown, because a payment racing the cancellation is refunded in full by the webhook handler anyway
 * (the booking is cancelled by then).
 */
export async function cancelUnpaidIntents(intentIds: readonly (string | null)[]) {
  for (const intent of intentIds) {
    if (intent)
      await stripe()
        .paymentIntents.cancel(intent)
        .catch((e: unknown) => logger.warn({ err: e, intent }, "could not cancel PaymentIntent"));
  }
}
