import { expect, test } from "vitest";
import { cancelBooking } from "@/lib/bookings/cancel-booking";
import { createBooking } from "@/lib/bookings/create-booking";
import { db } from "@/lib/db";
import { findWaitlistToNotify } from "@/lib/waitlist/find-waitlist-to-notify";
import { joinWaitlist } from "@/lib/waitlist/join-waitlist";
import { leaveWaitlist } from "@/lib/waitlist/leave-waitlist";
import { listMyWaitlist } from "@/lib/waitlist/list-my-waitlist";
import { makeDeparture, makeTravellers } from "./support/catalogue";

test("join only when full, once; freed seats go to the waitlist in joining order, parties that fit", async () => {
  const { departure } = await makeDeparture({ capacity: 3 });
  const [holder, a, b, c] = await makeTravellers(4);
  await expect(joinWaitlist(a, departure.id, 1)).rejects.toMatchObject({ code: "conflict" });
  const { booking } = await createBooking(holder, { departureId: departure.id, seats: 3 });

  await joinWaitlist(a, departure.id, 3);
  await joinWaitlist(b, departure.id, 1);
  await joinWaitlist(c, departure.id, 2);
  await expect(joinWaitlist(b, departure.id, 1)).rejects.toMatchObject({ code: "conflict" });
  expect(await findWaitlistToNotify(departure.id)).toEqual([]);

  // two seats free up: a (3) does not fit, b (1) does, then c (2) no longer does
  await db.departure.update({ where: { id: departure.id }, data: { seatsTaken: 1 } });
  expect((await findWaitlistToNotify(departure.id)).map((e) => e.userId)).toEqual([b.id]);

  // all three free: a first, and that fills it
  await db.departure.update({ where: { id: departure.id }, data: { seatsTaken: 3 } });
  await cancelBooking(holder, booking.id);
  expect((await findWaitlistToNotify(departure.id)).map((e) => e.userId)).toEqual([a.id]);

  await leaveWaitlist(c, departure.id);
  expect(await listMyWaitlist(c)).toEqual([]);
  await expect(leaveWaitlist(c, departure.id)).rejects.toMatchObject({ code: "not_found" });
});
