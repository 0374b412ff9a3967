// The operator card on the trip page and the public operator page count only published trips and rate the operator
// over the visible reviews of all of them.
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { getOperator, getOperatorSummary } from "@/lib/vendors/get-operator";
import { makeDeparture } from "./support/catalogue";

test("summary and page: published trips only, rating pooled across trips", async () => {
  const { vendor, trip } = await makeDeparture();
  await db.vendorProfile.create({ data: { userId: vendor.id, displayName: "Ria Sailing Co.", bio: "Skippers." } });
  await db.trip.update({ where: { id: trip.id }, data: { ratingSum: 9, ratingCount: 2 } });
  const base = { vendorId: vendor.id, description: "Another trip for the tests.", city: "Faro", country: "Portugal" };
  await db.trip.create({
    data: {
      ...base,
      title: "B second",
      pricePerSeat: 5_000,
      durationDays: 1,
      status: "published",
      ratingSum: 3,
      ratingCount: 1,
    },
  });
  await db.trip.create({
    data: {
      ...base,
      title: "C draft",
      pricePerSeat: 5_000,
      durationDays: 1,
      status: "draft",
      ratingSum: 1,
      ratingCount: 1,
    },
  });

  // (9 + 3) / (2 + 1) = 4.0; the draft's review is not counted
  expect(await getOperatorSummary(vendor.id)).toEqual({ publishedTrips: 2, rating: { average: 4, count: 3 } });
  const page = await getOperator(vendor.id);
  expect(page).toMatchObject({ displayName: "Ria Sailing Co.", bio: "Skippers.", rating: { average: 4, count: 3 } });
  expect(page.trips.map((t) => t.title).sort()).toEqual([trip.title, "B second"].sort());
  // the trip with a future departure carries it for its card
  expect(page.trips.find((t) => t.id === trip.id)?.departures).toHaveLength(1);
});

test("someone without an operator profile has no operator page", async () => {
  const { vendor } = await makeDeparture();
  await expect(getOperator(vendor.id)).rejects.toMatchObject({ code: "not_found" });
  await expect(getOperator("no-such-user")).rejects.toMatchObject({ code: "not_found" });
});
