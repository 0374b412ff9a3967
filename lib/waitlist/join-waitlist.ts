import "server-only";
import { Prisma } from "@prisma/client";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { plural } from "../text/plural";

/** Joins the waitlist of a departure that cannot take `seats` more travellers right now. */
export async function joinWaitlist(actor: Actor, departureId: string, seats: number) {
  const departure = await db.departure.findUnique({
    where: { id: departureId },
    include: { trip: { select: { status: true } } },
  });
  if (!departure || departure.trip.status !== "published") throw notFound("Departure");
  if (departure.status !== "scheduled" || departure.startsAt <= new Date())
    throw new AppError("invalid_state", "This departure can no longer be booked");
  const seatsLeft = departure.capacity - departure.seatsTaken;
  if (seatsLeft >= seats)
    throw new AppError(
      "conflict",
      `${plural(seatsLeft, "seat is", "seats are")} available: book now instead of joining the waitlist`,
      { details: { seatsLeft } },
    );
  try {
    return await db.waitlistEntry.create({ data: { departureId, userId: actor.id, seats } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("conflict", "You are already on this waitlist");
    throw error;
  }
}
