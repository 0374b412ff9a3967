import { describe, expect, test } from "vitest";
import { DESTINATIONS } from "@/prisma/seed-data";
import { cityTimeZone } from "./city-time-zone";

describe("cityTimeZone", () => {
  test("every seeded city has the zone the seed gives its departures", () => {
    for (const d of DESTINATIONS) expect(cityTimeZone(d.city), d.city).toBe(d.timeZone);
  });

  test("case, accents and spaces do not matter; an unknown city has none", () => {
    expect(cityTimeZone("  el   CHALTEN ")).toBe("America/Argentina/Rio_Gallegos");
    expect(cityTimeZone("Kyoto")).toBe("Asia/Tokyo");
    expect(cityTimeZone("Atlantis")).toBeNull();
  });
});
