// The trip page's content (itinerary, meeting point, inclusions, group size, languages) is stored by the create and
// update use cases and published by the trip DTO.
import { describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createTrip } from "@/lib/trips/create-trip";
import { CreateTripInput, UpdateTripInput } from "@/lib/trips/schemas";
import { TripDto, toTripDto } from "@/lib/trips/trip-dto";
import { updateTrip } from "@/lib/trips/update-trip";
import { makeDeparture } from "./support/catalogue";
import { minimalTrip } from "@/lib/trips/schemas-test-fixture";

async function vendorActor(): Promise<Actor> {
  const { vendor } = await makeDeparture();
  return { id: vendor.id, email: vendor.email, name: vendor.name, role: vendor.role };
}

const content = {
  itinerary: [
    { day: 2, title: "Vineyards", description: "Two quintas and a river cruise" },
    { day: 1, title: "Porto", description: "Ribeira walk" },
  ],
  meetingPoint: "São Bento station, main hall",
  included: ["Guide", "Tastings"],
  notIncluded: ["Flights"],
  maxGroupSize: 12,
  languages: ["en", "PT"],
};

describe("trip content", () => {
  test("createTrip stores the fields and the DTO returns them", async () => {
    const vendor = await vendorActor();
    const input = CreateTripInput.parse({ ...minimalTrip, ...content });
    const trip = await createTrip(vendor, input);
    const stored = await db.trip.findUniqueOrThrow({ where: { id: trip.id } });
    const dto = TripDto.parse(toTripDto(stored));
    expect(dto).toMatchObject({
      itinerary: [
        { day: 1, title: "Porto", description: "Ribeira walk" },
        { day: 2, title: "Vineyards", description: "Two quintas and a river cruise" },
      ],
      meetingPoint: "São Bento station, main hall",
      included: ["Guide", "Tastings"],
      notIncluded: ["Flights"],
      maxGroupSize: 12,
      languages: ["en", "pt"],
    });
  });

  test("updateTrip changes and clears them; an itinerary longer than the trip is refused", async () => {
    const vendor = await vendorActor();
    const trip = await createTrip(
      vendor,
      CreateTripInput.parse({
        title: "Sintra day",
        description: "A long day among the palaces of Sintra.",
        city: "Lisbon",
        country: "Portugal",
        pricePerSeat: 9_000,
        durationDays: 2,
        ...content,
      }),
    );
    const updated = await updateTrip(
      vendor,
      trip.id,
      UpdateTripInput.parse({ meetingPoint: null, maxGroupSize: null, included: [], languages: ["es"] }),
    );
    expect(toTripDto(updated)).toMatchObject({
      meetingPoint: null,
      maxGroupSize: null,
      included: [],
      notIncluded: ["Flights"],
      languages: ["es"],
    });
    // the stored itinerary has a day 2: the trip cannot shrink to one day, nor get a day 3 without growing
    await expect(updateTrip(vendor, trip.id, UpdateTripInput.parse({ durationDays: 1 }))).rejects.toMatchObject({
      code: "validation_failed",
      details: { fieldErrors: { durationDays: [expect.stringContaining("day 2")] } },
    });
    await expect(
      updateTrip(vendor, trip.id, UpdateTripInput.parse({ itinerary: [{ day: 3, title: "Cascais" }] })),
    ).rejects.toMatchObject({ code: "validation_failed", details: { fieldErrors: { itinerary: expect.any(Array) } } });
    const grown = await updateTrip(
      vendor,
      trip.id,
      UpdateTripInput.parse({ durationDays: 3, itinerary: [{ day: 3, title: "Cascais" }] }),
    );
    expect(toTripDto(grown).itinerary).toEqual([{ day: 3, title: "Cascais", description: "" }]);
  });

  test("the database refuses a non-positive group size and a non-array itinerary", async () => {
    const { trip } = await makeDeparture();
    await expect(db.trip.update({ where: { id: trip.id }, data: { maxGroupSize: 0 } })).rejects.toThrow();
    await expect(db.trip.update({ where: { id: trip.id }, data: { itinerary: { day: 1 } } })).rejects.toThrow();
  });
});
