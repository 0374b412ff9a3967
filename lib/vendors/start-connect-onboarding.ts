import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { forbidden } from "../errors";
import { createConnectedAccount, createOnboardingLink } from "../payments/connect";
import { loadVendorFor } from "./access";

/**
 * Stripe Connect onboarding for the vendor themself: the Express account is created once (and its id stored), and
 * every call returns a fresh account link, since links are single-use and expire within minutes.
 */
export async function startConnectOnboarding(
  actor: Actor,
  vendorId: string,
): Promise<{ url: string; accountId: string }> {
  const { user, profile } = await loadVendorFor(actor, vendorId);
  if (actor.id !== vendorId) throw forbidden("Only the vendor can connect their own Stripe account");
  let accountId = profile.stripeAccountId;
  if (!accountId) {
    const account = await createConnectedAccount({ id: vendorId, email: user.email, displayName: profile.displayName });
    await db.vendorProfile.updateMany({
      where: { id: profile.id, stripeAccountId: null },
      data: { stripeAccountId: account.id },
    });
    accountId = (await db.vendorProfile.findUniqueOrThrow({ where: { id: profile.id } })).stripeAccountId ?? account.id;
  }
  const link = await createOnboardingLink(accountId);
  return { url: link.url, accountId };
}
