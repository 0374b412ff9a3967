import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { forbidden } from "../errors";
import { toSkipTake } from "../pagination";
import { adminReviewInclude } from "./review-dto";
import type { AdminReviewsQuery } from "./schemas";

export interface ListReviewsForAdminOptions {
  actor: Actor;
  query: AdminReviewsQuery;
}

/** The filters as a Prisma where: `q` is a case-insensitive substring of the trip title, reviewer or review text. */
function reviewWhere({ visibility, rating, q }: AdminReviewsQuery): Prisma.ReviewWhereInput {
  const contains = q ? { contains: q, mode: "insensitive" as const } : undefined;
  return {
    ...(visibility === "hidden" ? { hiddenAt: { not: null } } : visibility === "visible" ? { hiddenAt: null } : {}),
    ...(rating ? { rating } : {}),
    ...(contains
      ? {
          OR: [
            { comment: contains },
            { trip: { title: contains } },
            { user: { name: contains } },
            { user: { email: contains } },
          ],
        }
      : {}),
  };
}

/**
 * Every review for the admin console, newest first, hidden ones included (unless filtered out), each with its trip and
 * its reviewer's full name and email: the moderator needs to know who wrote what, which the public list never says.
 */
export async function listReviewsForAdmin({ actor, query }: ListReviewsForAdminOptions) {
  if (!can(actor.role, "reviews:moderate")) throw forbidden("Only an admin can list every review");
  const where = reviewWhere(query);
  const [total, rows] = await Promise.all([
    db.review.count({ where }),
    db.review.findMany({
      where,
      include: adminReviewInclude,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...toSkipTake(query),
    }),
  ]);
  return { total, rows };
}
