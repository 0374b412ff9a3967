import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";

// The local mail viewer is an inbox: travellers and vendors read only what was sent to their own address; admins
// see every email (they are the developers of a local installation).
const visibleTo = (actor: Actor) =>
  actor.role === "admin" ? {} : { to: { equals: actor.email, mode: "insensitive" as const } };

export function listOutbox(actor: Actor, limit = 100) {
  return db.emailOutbox.findMany({
    where: visibleTo(actor),
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, to: true, subject: true, template: true, status: true, createdAt: true, sentAt: true },
  });
}

export function getOutboxEmail(actor: Actor, id: string) {
  return db.emailOutbox.findFirst({ where: { id, ...visibleTo(actor) } });
}
