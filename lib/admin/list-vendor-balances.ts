import "server-only";
import { Prisma } from "@prisma/client";
import { toSkipTake } from "../pagination";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { forbidden } from "../errors";
import type { VendorBalancesQuery } from "./schemas";

export interface VendorBalanceRow {
  vendorId: string;
  displayName: string;
  email: string;
  payoutSchedule: "weekly" | "monthly";
  payoutsEnabled: boolean;
  stripeAccountId: string | null;
  pending: number;
  available: number;
  paidOut: number;
}

/** Every vendor with what they are owed, largest available balance first: one grouped query over the ledger. */
export async function listVendorBalances(actor: Actor, query: VendorBalancesQuery) {
  if (!can(actor.role, "payouts:run")) throw forbidden();
  const search = query.q
    ? Prisma.sql`AND (v."displayName" ILIKE ${`%${query.q}%`} OR u.email ILIKE ${`%${query.q}%`})`
    : Prisma.empty;
  const { skip, take } = toSkipTake(query);
  const rows = await db.$queryRaw<
    (Omit<VendorBalanceRow, "pending" | "available" | "paidOut"> & {
      pending: bigint;
      available: bigint;
      paidOut: bigint;
      total: bigint;
    })[]
  >`
    SELECT v."userId" AS "vendorId", v."displayName", u.email, v."payoutSchedule"::text AS "payoutSchedule", v."payoutsEnabled", v."stripeAccountId",
      COALESCE(SUM(-e.amount) FILTER (WHERE e.account = 'vendor_pending'), 0)::bigint AS pending,
      COALESCE(SUM(-e.amount) FILTER (WHERE e.account = 'vendor_payable'), 0)::bigint AS available,
      COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'vendor_payable' AND e."payoutId" IS NOT NULL), 0)::bigint AS "paidOut",
      count(*) OVER ()::bigint AS total
    FROM vendor_profiles v JOIN users u ON u.id = v."userId"
    LEFT JOIN ledger_entries e ON e."vendorId" = v."userId" AND e.account IN ('vendor_pending', 'vendor_payable') AND e.currency = ${query.currency}
    WHERE TRUE ${search}
    GROUP BY v.id, u.email
    ORDER BY available DESC, v."displayName" ASC
    OFFSET ${skip} LIMIT ${take}`;
  const total = rows.length ? Number(rows[0].total) : 0;
  return {
    total,
    rows: rows.map(({ total: _t, ...r }) => ({
      ...r,
      pending: Number(r.pending),
      available: Number(r.available),
      paidOut: Number(r.paidOut),
    })),
  };
}
