import "server-only";
import { deliverEmail } from "../email/deliver-email";
import { env } from "../env";
import { notifyUser } from "../notifications/notify-user";
import { formatMoney } from "../ui/format";
import type { PayableBalance } from "./balances";

/** A vendor with money due but no payouts-enabled Stripe account is told how to connect, once per period. */
export async function remindToConnect(balances: PayableBalance[], periodEnd: string) {
  for (const b of balances) {
    const amount = formatMoney(b.available, b.currency);
    const { emailId } = await notifyUser({
      userId: b.vendorId,
      type: "payout_needs_connect",
      title: "Connect Stripe to get paid",
      body: `${amount} is ready to be paid out, but your Stripe account is not set up for payouts yet.`,
      link: "/vendor/earnings",
      email: {
        template: "notice",
        data: {
          title: "Connect Stripe to get paid",
          paragraphs: [`${amount} of your earnings is ready to be paid out, but we cannot send it until your Stripe account can receive payouts.`, "Open your earnings page and choose “Connect with Stripe” (or finish the verification Stripe asks for). Your balance stays safe and is paid at the next run."],
          ctaLabel: "Set up payouts",
          ctaUrl: `${env().APP_URL}/vendor/earnings`,
        },
      },
      dedupeKey: `payout-connect:${b.vendorId}:${b.currency}:${periodEnd}`,
    });
    if (emailId) await deliverEmail(emailId);
  }
}
