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

interface CreatedPayout {
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
 * balance query, then one statement inserting every payout (the partial unique index makes a second payout for the
 * same vendor, currency and period impossible: it is skipped) and their ledger entries. The Stripe transfers happen
 * afterwards (execute-payout.ts), each keyed by its payout id, so a crash after this commit is resumed, never
 * repeated.
 */
export async function createPayouts(options: CreatePayoutsOptions, tx?: Tx): Promise<PayoutRunPlan> {
  if (!tx) return db.$transaction((t) => createPayouts(options, t), { timeout: 300_000, maxWait: 30_000 });
  await lockPayouts(tx);
  // the grouped balances first, as a statement of its own (PostgreSQL runs it in parallel, which it never does for a
  // statement that also writes), then one statement writes every payout and its journal
  const balances = await payableBalances(tx, {
    upTo: options.periodEnd,
    schedule: options.schedule,
    vendorIds: options.vendorIds,
    currency: options.currency,
  });
  const enough = balances.filter((b) => b.available >= MINIMUM_PAYOUT);
  const due = enough.filter((b) => b.payoutsEnabled && b.stripeAccountId);
  const plan: PayoutRunPlan = {
    created: [],
    notEnabled: enough.filter((b) => !b.payoutsEnabled || !b.stripeAccountId),
    belowMinimum: balances.filter((b) => b.available < MINIMUM_PAYOUT),
  };
  if (due.length === 0) return plan;
  // ids start with the time in hex, so new rows land at the end of the primary-key and journal-key indexes instead
  // of on random pages; a journal's entries are keyed by their payout
  plan.created = await tx.$queryRaw<CreatedPayout[]>`
    WITH created AS (
      INSERT INTO payouts (id, "vendorId", amount, currency, "periodStart", "periodEnd", status, kind, "createdAt", "updatedAt")
      SELECT 'po_' || lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || substr(replace(gen_random_uuid()::text, '-', ''), 1, 16),
        d.vendor, d.amount, d.currency, ${options.periodStart}, ${options.periodEnd}, 'pending', ${options.kind}::"PayoutKind", now(), now()
      FROM unnest(${due.map((d) => d.vendorId)}::text[], ${due.map((d) => d.available)}::int[], ${due.map((d) => d.currency)}::text[]) AS d(vendor, amount, currency)
      ORDER BY d.vendor
      ON CONFLICT ("vendorId", currency, "periodStart", "periodEnd") WHERE status <> 'failed' DO NOTHING
      RETURNING id, "vendorId", amount, currency
    ), journal AS (
      INSERT INTO ledger_entries (id, "journalId", "journalKey", kind, account, amount, currency, "vendorId", "payoutId", "createdAt")
      SELECT c.id || ':' || line.account, md5(c.id)::uuid::text, 'payout:' || c.id, 'transfer', line.account::"LedgerAccount", line.sign * c.amount, c.currency, c."vendorId", c.id, now()
      FROM created c CROSS JOIN (VALUES ('vendor_payable', 1), ('transfers', -1)) AS line(account, sign)
      ORDER BY c.id
    )
    SELECT id, "vendorId", amount, currency FROM created`;
  return plan;
}
