import "server-only";
import type { Prisma } from "@prisma/client";
import { toSkipTake } from "../pagination";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { forbidden } from "../errors";
import type { AdminPayoutsQuery } from "./schemas";

/** Every vendor's payouts, newest first, by status and vendor. */
export async function listAdminPayouts(actor: Actor, query: AdminPayoutsQuery) {
  if (!can(actor.role, "payouts:run")) throw forbidden();
  const where: Prisma.PayoutWhereInput = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.vendorId ? { vendorId: query.vendorId } : {}),
  };
  const [total, rows] = await Promise.all([
    db.payout.count({ where }),
    db.payout.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      include: { vendor: { select: { name: true, vendorProfile: { select: { displayName: true } } } } },
      ...toSkipTake(query),
    }),
  ]);
  return { total, rows };
}
