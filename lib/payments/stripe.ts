import "server-only";
import Stripe from "stripe";
import { env } from "../env";
import { LOCAL_STRIPE_PUBLISHABLE_KEY, LOCAL_STRIPE_SECRET_KEY, LOCAL_STRIPE_WEBHOOK_SECRET } from "../local-keys";

// The real `stripe` SDK in both modes: with STRIPE_SECRET_KEY it talks to Stripe; without, to the local stand-in
// (local/stripe) on 127.0.0.1:STRIPE_LOCAL_PORT, which speaks the same API. App code never branches on the mode.

let client: Stripe | undefined;

export function stripe(): Stripe {
  if (client) return client;
  const e = env();
  client = e.STRIPE_SECRET_KEY
    ? new Stripe(e.STRIPE_SECRET_KEY, { maxNetworkRetries: 2, appInfo: { name: "Travellr" } })
    : new Stripe(LOCAL_STRIPE_SECRET_KEY, {
        host: "127.0.0.1",
        port: e.STRIPE_LOCAL_PORT,
        protocol: "http",
        maxNetworkRetries: 2,
        appInfo: { name: "Travellr" },
      });
  return client;
}

export function webhookSecret() {
  return env().STRIPE_WEBHOOK_SECRET ?? LOCAL_STRIPE_WEBHOOK_SECRET;
}

/** What the browser needs to pay: Stripe.js with a publishable key, or the local card form and the stand-in's URL. */
export function checkoutConfig() {
  const e = env();
  if (e.STRIPE_SECRET_KEY) {
    return { mode: "stripe" as const, publishableKey: e.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY ?? "" };
  }
  return {
    mode: "local" as const,
    publishableKey: LOCAL_STRIPE_PUBLISHABLE_KEY,
    apiBase: `http://127.0.0.1:${e.STRIPE_LOCAL_PORT}`,
  };
}
