import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { forbidden } from "../errors";
import type { ListUsersQuery } from "./schemas";

export async function listUsers(actor: Actor, query: Omit<ListUsersQuery, "active"> & { active?: boolean }) {
  if (!can(actor.role, "users:list")) throw forbidden();
  const where: Prisma.UserWhereInput = {};
  if (query.role) where.role = query.role;
  if (query.active !== undefined) where.active = query.active;
  if (query.q)
    where.OR = [
      { email: { contains: query.q, mode: "insensitive" } },
      { name: { contains: query.q, mode: "insensitive" } },
    ];
  const [total, data, byRole] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    }),
    db.user.groupBy({ by: ["role"], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(byRole.map((r) => [r.role, r._count._all])) as Partial<
    Record<"traveller" | "vendor" | "admin", number>
  >;
  return { data, total, page: query.page, limit: query.limit, counts };
}
