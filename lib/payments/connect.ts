import "server-only";
import { env } from "../env";
import { stripe } from "./stripe";

/**
 * The vendor's Express connected account, created once: the idempotency key is derived from the vendor id, so two
 * clicks (or a retry after a crash before the id was stored) get the same account.
 */
export function createConnectedAccount(vendor: { id: string; email: string; displayName: string }) {
  return stripe().accounts.create(
    {
      type: "express",
      country: "US",
      email: vendor.email,
      capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
      business_profile: { name: vendor.displayName },
      metadata: { vendorId: vendor.id },
    },
    { idempotencyKey: `connect-account:${vendor.id}` },
  );
}

/** A fresh onboarding link: it returns to the earnings page, and an expired one sends the vendor to a new link. */
export function createOnboardingLink(accountId: string) {
  const base = env().APP_URL;
  return stripe().accountLinks.create({
    account: accountId,
    type: "account_onboarding",
    return_url: `${base}/vendor/earnings?connect=return`,
    refresh_url: `${base}/vendor/earnings/connect`,
  });
}

export function retrieveConnectedAccount(accountId: string) {
  return stripe().accounts.retrieve(accountId);
}
