import "server-only";
import type { Actor } from "../auth/actor";
import { cached } from "../cache/cache";
import { TTL, keys, tags } from "../cache/entries";
import { db } from "../db";
import { notFound } from "../errors";
import { assertCanManageUser } from "./access";

/**
 * A user's profile, cached 1 h (profile, role and active-flag writers invalidate `user:<id>`). The access check
 * comes first and never depends on the cache. Sign-in and the per-request session check read the database directly.
 */
export async function getUser(actor: Actor, userId: string) {
  assertCanManageUser(actor, userId, "users:read_any");
  const user = await cached(keys.user(userId), { ttlSeconds: TTL.user, tags: [tags.user(userId)] }, () =>
    db.user.findUnique({ where: { id: userId } }),
  );
  if (!user) throw notFound("User");
  return user;
}
