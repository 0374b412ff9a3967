// `npm run reconcile`: runs lib/ledger/reconcile.ts against the database and Stripe (or the local stand-in) and
// prints every difference; exits 1 when there is any.
import Stripe from "stripe";
import { reconcile } from "../lib/ledger/reconcile";
import { LOCAL_STRIPE_SECRET_KEY } from "../lib/local-keys";
import { scriptClient } from "./script-db";

export async function runReconcile(databaseUrl: string) {
  const db = scriptClient(databaseUrl);
  const secret = process.env.STRIPE_SECRET_KEY;
  const stripe = secret
    ? new Stripe(secret)
    : new Stripe(LOCAL_STRIPE_SECRET_KEY, {
        host: "127.0.0.1",
        port: Number(process.env.STRIPE_LOCAL_PORT ?? 12111),
        protocol: "http",
      });
  try {
    const report = await reconcile(db, stripe);
    console.log(
      `checked ${report.bookings} bookings with money movements and ${report.payments} payments against the ledger and Stripe`,
    );
    if (report.vendors.length) {
      console.table(
        report.vendors.map((v) => ({
          vendor: v.vendorId,
          charges: v.charges,
          refunds: v.refunds,
          vendorShare: v.vendorShare,
          platformShare: v.platformShare,
        })),
      );
    }
    if (report.differences.length === 0) {
      console.log(
        "no difference: charges − refunds = vendor share + platform share everywhere, and the ledger matches Stripe",
      );
      return 0;
    }
    console.log(`${report.differences.length} difference(s):`);
    console.table(report.differences);
    return 1;
  } finally {
    await db.$disconnect();
  }
}
