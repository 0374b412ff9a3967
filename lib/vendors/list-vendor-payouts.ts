import "server-only";
import { toSkipTake } from "../pagination";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { PayoutsQuery } from "./schemas";
import { loadVendorFor } from "./access";

/** A vendor's payouts, newest first, for that vendor or an admin. */
export async function listVendorPayouts(actor: Actor, vendorId: string, query: PayoutsQuery) {
  await loadVendorFor(actor, vendorId);
  const where = { vendorId, ...(query.status ? { status: query.status } : {}) };
  const [total, rows] = await Promise.all([
    db.payout.count({ where }),
    db.payout.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...toSkipTake(query) }),
  ]);
  return { total, rows };
}
