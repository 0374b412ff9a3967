// Seeds the benchmark database with 100,000 published trips and 500,000 departures in one set-based SQL pass.
import pg from "pg";

export const CITIES = [
  ["Lisbon", "Portugal"],
  ["Porto", "Portugal"],
  ["Kyoto", "Japan"],
  ["Osaka", "Japan"],
  ["Cusco", "Peru"],
  ["Lima", "Peru"],
  ["Cape Town", "South Africa"],
  ["Queenstown", "New Zealand"],
  ["Marrakech", "Morocco"],
  ["Banff", "Canada"],
  ["Hanoi", "Vietnam"],
  ["Santorini", "Greece"],
  ["Athens", "Greece"],
  ["Reykjavik", "Iceland"],
  ["Ubud", "Indonesia"],
  ["Seville", "Spain"],
  ["Granada", "Spain"],
  ["Florence", "Italy"],
  ["Naples", "Italy"],
  ["Dubrovnik", "Croatia"],
  ["Tbilisi", "Georgia"],
  ["Petra", "Jordan"],
  ["Cairo", "Egypt"],
  ["Zanzibar", "Tanzania"],
  ["Nairobi", "Kenya"],
  ["Kathmandu", "Nepal"],
  ["Chiang Mai", "Thailand"],
  ["Luang Prabang", "Laos"],
  ["Seoul", "South Korea"],
  ["Taipei", "Taiwan"],
  ["Hobart", "Australia"],
  ["Cairns", "Australia"],
  ["Ushuaia", "Argentina"],
  ["Mendoza", "Argentina"],
  ["Oaxaca", "Mexico"],
  ["Havana", "Cuba"],
  ["Cartagena", "Colombia"],
  ["Quito", "Ecuador"],
  ["Tromso", "Norway"],
  ["Edinburgh", "Scotland"],
] as const;
const ADJECTIVES = [
  "Sunrise",
  "Hidden",
  "Coastal",
  "Mountain",
  "Old Town",
  "Wild",
  "Island",
  "Desert",
  "Forest",
  "River",
];
const ACTIVITIES = [
  "Trek",
  "Food Tour",
  "Kayak Trip",
  "Photo Walk",
  "Wine Tasting",
  "Cycling Tour",
  "Temple Visit",
  "Safari",
  "Boat Cruise",
  "Hot Springs",
];

export async function seedLargeCatalogue(databaseUrl: string, trips = 100_000, departuresPerTrip = 5) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM trips WHERE id LIKE 'bt%'");
    if (Number(rows[0].n) >= trips) return { trips, departures: trips * departuresPerTrip, seeded: false };
    await client.query(
      `INSERT INTO users (id, email, "passwordHash", name, role, "updatedAt") VALUES ('bench-vendor', 'bench-vendor@example.com', 'x', 'Bench Vendor', 'vendor', now()) ON CONFLICT DO NOTHING`,
    );
    const lit = (a: readonly string[]) => `ARRAY[${a.map((s) => `'${s.replace(/'/g, "''")}'`).join(",")}]`;
    await client.query(`
      INSERT INTO trips (id, "vendorId", title, description, city, country, "pricePerSeat", currency, "durationDays", "cancellationPolicy", images, status, "updatedAt")
      SELECT 'bt' || g, 'bench-vendor',
        (${lit(ADJECTIVES)})[1 + g % 10] || ' ' || (${lit(ACTIVITIES)})[1 + (g / 10) % 10] || ' in ' || (${lit(CITIES.map((c) => c[0]))})[1 + (g / 100) % ${CITIES.length}],
        'A small-group ' || lower((${lit(ACTIVITIES)})[1 + (g / 10) % 10]) || ' with a local guide: markets, viewpoints and long lunches, with time to explore on your own.',
        (${lit(CITIES.map((c) => c[0]))})[1 + (g / 100) % ${CITIES.length}], (${lit(CITIES.map((c) => c[1]))})[1 + (g / 100) % ${CITIES.length}],
        5000 + (g * 37) % 200000, 'usd', 1 + g % 10, (ARRAY['flexible','moderate','strict'])[1 + g % 3]::"CancellationPolicy", '{}', 'published', now()
      FROM generate_series(1, ${trips}) g`);
    await client.query(`
      INSERT INTO departures (id, "tripId", "startsAt", "timeZone", capacity, "seatsTaken", "updatedAt")
      SELECT 'bd' || g || '_' || k, 'bt' || g, now() + (((g % 300) + k * 20) || ' days')::interval + interval '8 hours', 'UTC', 10 + (g + k) % 20, (g * k) % 10, now()
      FROM generate_series(1, ${trips}) g, generate_series(1, ${departuresPerTrip}) k`);
    await client.query("ANALYZE trips; ANALYZE departures;");
    return { trips, departures: trips * departuresPerTrip, seeded: true };
  } finally {
    await client.end();
  }
}
