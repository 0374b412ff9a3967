import "server-only";
import { Prisma } from "@prisma/client";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";

/** Joins the waitlist of a departure that cannot take `seats` more travellers right now. */
export async function joinWaitlist(actor: Actor, departureId: string, seats: number) {
  const departure = await db.departure.findUnique({ where: { id: departureId }, include: { trip: { select: { status: true } } } });
  if (!departure || departure.trip.status !== "published") throw notFound("Departure");
  if (departure.status !== "scheduled" || departure.startsAt <= new Date()) throw new AppError("invalid_state", "This departure can no longer be booked");
  const seatsLeft = departure.capacity - departure.seatsTaken;
  if (seatsLeft >= seats) throw new AppError("conflict", `${seatsLeft} seat${seatsLeft === 1 ? " is" : "s are"} available: book now instead of joining the waitlist`, { details: { seatsLeft } });
  try {
    return await db.waitlistEntry.create({ data: { departureId, userId: actor.id, seats } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("conflict", "You are already on this waitlist");
    throw error;
  }
}

export async function leaveWaitlist(actor: Actor, departureId: string) {
  const { count } = await db.waitlistEntry.deleteMany({ where: { departureId, userId: actor.id } });
  if (count === 0) throw notFound("Waitlist entry");
}

export function listMyWaitlist(actor: Actor) {
  return db.waitlistEntry.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "asc" },
    include: { departure: { select: { id: true, startsAt: true, timeZone: true, capacity: true, seatsTaken: true, status: true, trip: { select: { id: true, title: true } } } } },
  });
}

/**
 * When seats free up, waitlisted travellers are told in the order they joined: each one whose party fits in the
 * seats now free is notified once (first come, first told); a later, smaller party can fit where an earlier, larger
 * one does not.
 */
export async function waitlistToNotify(departureId: string) {
  const departure = await db.departure.findUnique({ where: { id: departureId } });
  if (!departure || departure.status !== "scheduled" || departure.startsAt <= new Date()) return [];
  let free = departure.capacity - departure.seatsTaken;
  const entries = await db.waitlistEntry.findMany({ where: { departureId, notifiedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const chosen: typeof entries = [];
  for (const e of entries) {
    if (free <= 0) break;
    if (e.seats <= free) {
      chosen.push(e);
      free -= e.seats;
    }
  }
  return chosen;
}
