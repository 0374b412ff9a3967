import "server-only";
import { randomUUID } from "node:crypto";
import type { LedgerAccount, LedgerKind } from "@prisma/client";
import type { Tx } from "../db";

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
  tx: Tx,
  journalKey: string,
  lines: JournalLine[],
  refs: JournalRefs,
  at?: Date,
): Promise<boolean> {
  const nonZero = lines.filter((l) => l.amount !== 0);
  const sum = nonZero.reduce((s, l) => s + l.amount, 0);
  if (sum !== 0) throw new Error(`journal ${journalKey} does not balance (sum ${sum})`);
  if (nonZero.length === 0) return false;
  const existing = await tx.ledgerEntry.findFirst({ where: { journalKey }, select: { id: true } });
  if (existing) return false;
  const journalId = randomUUID();
  await tx.ledgerEntry.createMany({
    data: nonZero.map((l) => ({
      journalId,
      journalKey,
      account: l.account,
      kind: l.kind,
      amount: l.amount,
      ...refs,
      ...(at ? { createdAt: at } : {}),
    })),
  });
  return true;
}
