// The time zone a new departure starts from when its trip has none yet: the trips' cities as the catalogue has them.
// A city not listed here falls back to the vendor's browser zone in the form; the vendor can always pick another.
// Kept in step with prisma/seed-data.ts by city-time-zone.test.ts.

const ZONES: Record<string, string> = {
  lisbon: "Europe/Lisbon",
  reykjavik: "Atlantic/Reykjavik",
  kyoto: "Asia/Tokyo",
  cusco: "America/Lima",
  "cape town": "Africa/Johannesburg",
  queenstown: "Pacific/Auckland",
  marrakech: "Africa/Casablanca",
  banff: "America/Edmonton",
  hanoi: "Asia/Ho_Chi_Minh",
  santorini: "Europe/Athens",
  "el chalten": "America/Argentina/Rio_Gallegos",
  ubud: "Asia/Makassar",
};

/** "El Chaltén", "el chalten " → the same key: case, accents and spaces do not matter. */
function key(city: string) {
  return city
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** The IANA zone of a known city, or null. */
export function cityTimeZone(city: string): string | null {
  return ZONES[key(city)] ?? null;
}
