import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import { assertCanManageUser } from "./access";

export async function getUser(actor: Actor, userId: string) {
  assertCanManageUser(actor, userId, "users:read_any");
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw notFound("User");
  return user;
}
