import "server-only";
import { db } from "../db";
import { retrieveConnectedAccount } from "../payments/connect";

/**
 * Stores what Stripe says about a connected account (from `account.updated`, or when the vendor returns from
 * onboarding): whether it can receive payouts and what Stripe still needs. Re-reads the account from Stripe, so an
 * old or replayed event cannot set a stale state.
 */
export async function syncConnectAccount(accountId: string) {
  const account = await retrieveConnectedAccount(accountId);
  const { count } = await db.vendorProfile.updateMany({
    where: { stripeAccountId: account.id },
    data: {
      payoutsEnabled: Boolean(account.payouts_enabled),
      requirementsDue: account.requirements?.currently_due ?? [],
    },
  });
  return count > 0 ? (account.payouts_enabled ? "payouts_enabled" : "verification_pending") : "unknown_account";
}
