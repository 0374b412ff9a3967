// PUT /bookings/:id's use case: its own write permission (bookings:update_own / _any), so the trip's vendor, who may
// read the booking, may not edit it.
import { expect, test } from "vitest";
import { createBooking } from "@/lib/bookings/create-booking";
import { updateBooking } from "@/lib/bookings/update-booking";
import { makeDeparture, makeTravellers } from "./support/catalogue";
import { asActor, makeAdmin } from "./support/payouts";

test("the traveller and an admin edit a booking; the trip's vendor is refused, anyone else sees no booking", async () => {
  const { departure, vendor } = await makeDeparture();
  const [traveller, stranger] = await makeTravellers(2);
  const { booking } = await createBooking(traveller, { departureId: departure.id, seats: 1 });
  expect(await updateBooking(traveller, booking.id, { notes: "window seat" })).toMatchObject({ notes: "window seat" });
  expect(await updateBooking(await makeAdmin(), booking.id, { contactName: "Ada" })).toMatchObject({
    contactName: "Ada",
    notes: "window seat",
  });
  await expect(updateBooking(asActor(vendor), booking.id, { notes: "vendor note" })).rejects.toMatchObject({
    code: "forbidden",
  });
  await expect(updateBooking(stranger, booking.id, { notes: "x" })).rejects.toMatchObject({ code: "not_found" });
});
