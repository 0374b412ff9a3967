import "server-only";
import type { Prisma } from "@prisma/client";
import type { Tx } from "../db";

export interface AuditInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
}

/** Appends to the audit log inside the caller's transaction, so the record exists exactly when the change does. */
export function recordAudit(tx: Tx, input: AuditInput) {
  return tx.auditLog.create({ data: input });
}
