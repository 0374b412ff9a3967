import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { notFound } from "../errors";

/**
 * A user's profile is visible to that user and to admins. To anyone else it does not exist (404), so ids cannot be
 * probed.
 */
export function assertCanManageUser(
  actor: Actor,
  userId: string,
  anyPermission: "users:read_any" | "users:update_any" | "users:deactivate_any",
) {
  if (actor.id !== userId && !can(actor.role, anyPermission)) throw notFound("User");
}
