import "server-only";
import { sendNotice } from "../notifications/send-notice";
import { formatMoney } from "../format";
import type { PayableBalance } from "./balances";

/** A vendor with money due but no payouts-enabled Stripe account is told how to connect, once per period. */
export async function remindToConnect(balances: PayableBalance[], periodEnd: string) {
  for (const b of balances) {
    const amount = formatMoney(b.available, b.currency);
    await sendNotice({
      userId: b.vendorId,
      type: "payout_needs_connect",
      title: "Connect Stripe to get paid",
      paragraphs: [
        `${amount} of your earnings is ready to be paid out, but your Stripe account cannot receive payouts yet.`,
        "Open your earnings page and choose “Connect with Stripe” (or finish the verification Stripe asks for). Your balance stays safe and is paid at the next run.",
      ],
      link: "/vendor/earnings",
      ctaLabel: "Set up payouts",
      dedupeKey: `payout-connect:${b.vendorId}:${b.currency}:${periodEnd}`,
    });
  }
}
