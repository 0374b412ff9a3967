import "server-only";
import { randomUUID } from "node:crypto";
import type { LedgerAccount, LedgerKind } from "@prisma/client";
import { type SqlClient, sql, sqlExecute } from "../db-pool";

export interface JournalLine {
  account: LedgerAccount;
  kind: LedgerKind;
  /** signed minor units: + debit (money in / owed to the platform), − credit */
  amount: number;
}

export interface JournalRefs {
  currency: string;
  vendorId?: string;
  bookingId?: string;
  paymentId?: string;
  refundId?: string;
  payoutId?: string;
}

/**
 * Appends one balanced journal (its lines sum to zero) under a deterministic key. The ledger is append-only and a
 * key is posted at most once (unique per key and account), so a retried handler never books money twice.
 */
export async function postJournal(
  tx: SqlClient,
  journalKey: string,
  lines: JournalLine[],
  refs: JournalRefs,
  at?: Date,
): Promise<boolean> {
  const nonZero = lines.filter((l) => l.amount !== 0);
  const sum = nonZero.reduce((s, l) => s + l.amount, 0);
  if (sum !== 0) throw new Error(`journal ${journalKey} does not balance (sum ${sum})`);
  if (nonZero.length === 0) return false;
  // one statement: the lines go in only if the key has no journal yet (the caller holds the rows' locks, as before)
  const inserted = await sqlExecute(
    tx,
    sql`
    INSERT INTO ledger_entries (id, "journalId", "journalKey", kind, account, amount, currency, "vendorId", "bookingId",
      "paymentId", "refundId", "payoutId", "createdAt")
    SELECT gen_random_uuid()::text, ${randomUUID()}, ${journalKey}, l.kind::"LedgerKind", l.account::"LedgerAccount",
      l.amount, ${refs.currency}, ${refs.vendorId ?? null}, ${refs.bookingId ?? null}, ${refs.paymentId ?? null},
      ${refs.refundId ?? null}, ${refs.payoutId ?? null}, COALESCE(${at ?? null}::timestamptz, clock_timestamp())
    FROM unnest(${nonZero.map((l) => l.kind)}::text[], ${nonZero.map((l) => l.account)}::text[],
      ${nonZero.map((l) => l.amount)}::int[]) AS l(kind, account, amount)
    WHERE NOT EXISTS (SELECT 1 FROM ledger_entries WHERE "journalKey" = ${journalKey})`,
  );
  return inserted > 0;
}
