import "server-only";
import type { PayoutKind, PayoutSchedule } from "@prisma/client";
import { db, type Tx } from "../db";
import { type PayableBalance, payableBalances } from "./balances";
import { MINIMUM_PAYOUT } from "./rules";

/** Every code path that creates payouts holds this lock, so two runs can never both pay the same balance. */
export const lockPayouts = (tx: Tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('travellr:payouts'))`;

export interface CreatePayoutsOptions {
  kind: PayoutKind;
  /** the period's end: earnings settled up to this instant are paid */
  periodEnd: Date;
  /** the period's start; a manual payout starts where the vendor's last payout ended */
  periodStart: Date;
  schedule?: PayoutSchedule;
  vendorIds?: string[];
  currency?: string;
}

export interface CreatedPayout {
  id: string;
  vendorId: string;
  amount: number;
  currency: string;
}

export interface PayoutRunPlan {
  created: CreatedPayout[];
  /** balances at or above the minimum whose vendor cannot receive payouts yet */
  notEnabled: PayableBalance[];
  /** balances below the minimum: carried over */
  belowMinimum: PayableBalance[];
}

/**
 * Creates the payout rows of a run and their ledger `transfer` journals in one transaction, set-based: one grouped
 * balance query, one INSERT of every payout (the partial unique index makes a second payout for the same vendor,
 * currency and period impossible: it is skipped), one INSERT of their ledger entries. The Stripe transfers happen
 * afterwards (execute-payout.ts), each keyed by its payout id, so a crash after this commit is resumed, never
 * repeated.
 */
export async function createPayouts(options: CreatePayoutsOptions, tx?: Tx): Promise<PayoutRunPlan> {
  if (!tx) return db.$transaction((t) => createPayouts(options, t), { timeout: 300_000, maxWait: 30_000 });
  await lockPayouts(tx);
  const balances = await payableBalances(tx, { upTo: options.periodEnd, schedule: options.schedule, vendorIds: options.vendorIds, currency: options.currency });
  const enough = balances.filter((b) => b.available >= MINIMUM_PAYOUT);
  const due = enough.filter((b) => b.payoutsEnabled && b.stripeAccountId);
  const plan: PayoutRunPlan = {
    created: [],
    notEnabled: enough.filter((b) => !b.payoutsEnabled || !b.stripeAccountId),
    belowMinimum: balances.filter((b) => b.available < MINIMUM_PAYOUT),
  };
  if (due.length === 0) return plan;
  plan.created = await tx.$queryRaw<CreatedPayout[]>`
    WITH created AS (
      INSERT INTO payouts (id, "vendorId", amount, currency, "periodStart", "periodEnd", status, kind, "createdAt", "updatedAt")
      SELECT 'po_' || replace(gen_random_uuid()::text, '-', ''), d.vendor, d.amount, d.currency, ${options.periodStart}, ${options.periodEnd},
        'pending', ${options.kind}::"PayoutKind", now(), now()
      FROM unnest(${due.map((d) => d.vendorId)}::text[], ${due.map((d) => d.available)}::int[], ${due.map((d) => d.currency)}::text[]) AS d(vendor, amount, currency)
      ON CONFLICT ("vendorId", currency, "periodStart", "periodEnd") WHERE status <> 'failed' DO NOTHING
      RETURNING id, "vendorId", amount, currency
    ), journal AS (
      INSERT INTO ledger_entries (id, "journalId", "journalKey", kind, account, amount, currency, "vendorId", "payoutId", "createdAt")
      SELECT gen_random_uuid()::text, md5(c.id)::uuid::text, 'payout:' || c.id, 'transfer', line.account::"LedgerAccount", line.sign * c.amount, c.currency, c."vendorId", c.id, now()
      FROM created c CROSS JOIN (VALUES ('vendor_payable', 1), ('transfers', -1)) AS line(account, sign)
    )
    SELECT id, "vendorId", amount, currency FROM created`;
  return plan;
}
