import "server-only";
import type { AuditLog, Prisma } from "@prisma/client";
import { toSkipTake } from "../pagination";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { forbidden } from "../errors";
import type { AuditQuery } from "./schemas";

/** Audit entries, newest first, filtered by actor, entity, action and date range. */
export async function listAudit(
  actor: Actor,
  query: Omit<AuditQuery, "page" | "limit"> & { page: number; limit: number },
) {
  if (!can(actor.role, "audit:read")) throw forbidden();
  const where: Prisma.AuditLogWhereInput = {};
  if (query.actorId) where.actorId = query.actorId;
  if (query.entityType) where.entityType = query.entityType;
  if (query.entityId) where.entityId = query.entityId;
  if (query.action) where.action = query.action;
  if (query.from || query.to)
    where.createdAt = { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: query.to } : {}) };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      include: { actor: { select: { id: true, name: true, email: true } } },
      ...toSkipTake(query),
    }),
  ]);
  return { total, rows };
}

export function toAuditDto(a: AuditLog & { actor: { id: string; name: string; email: string } | null }) {
  return {
    id: a.id,
    action: a.action,
    entityType: a.entityType,
    entityId: a.entityId,
    data: a.data,
    actor: a.actor,
    createdAt: a.createdAt.toISOString(),
  };
}
