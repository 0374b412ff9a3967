import "server-only";
import { stripe } from "./stripe";

/** Readiness: an authenticated read that moves nothing proves Stripe (or the stand-in) answers to our key. */
export function pingStripe() {
  return stripe().balance.retrieve();
}
