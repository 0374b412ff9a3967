// Payout batch: 10,000 vendors with 1,000,000 completed bookings (5,000,000 ledger rows, 1,000,000 of them payable). Measures what a payout run
// does before any transfer — compute every due balance and write the payout rows and their ledger entries
// (lib/payouts/create-payouts.ts, inside a transaction rolled back after each sample so every sample pays the same
// balances) — against one plain GROUP BY over the same vendor_payable ledger rows, alternated, in the same run.
import pg from "pg";
import { runLibWorker } from "./lib-worker";

const VENDORS = 10_000;
const BOOKINGS_PER_VENDOR = 100;

export async function seedPayoutLedger(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM bookings WHERE id LIKE 'pb%'");
    const { rowCount: released } = await client.query(
      `SELECT 1 FROM ledger_entries WHERE "journalKey" = 'release:pb1_1:completed:usd' LIMIT 1`,
    );
    if (Number(rows[0].n) >= VENDORS * BOOKINGS_PER_VENDOR && released) return false;
    // an older layout of the benchmark data: rebuild it
    await client.query(`DELETE FROM ledger_entries WHERE "bookingId" LIKE 'pb%'`);
    await client.query(`DELETE FROM bookings WHERE id LIKE 'pb%'`);
    console.log(
      `seeding ${VENDORS} vendors and ${VENDORS * BOOKINGS_PER_VENDOR} completed bookings for the payout benchmark…`,
    );
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO users (id, email, "passwordHash", name, role, "updatedAt") VALUES ('pb-traveller', 'pb-traveller@bench.travellr.dev', 'x', 'Bench Traveller', 'traveller', now()) ON CONFLICT DO NOTHING`,
    );
    await client.query(`
      INSERT INTO users (id, email, "passwordHash", name, role, "updatedAt")
      SELECT 'pbv' || v, 'pb-vendor-' || v || '@bench.travellr.dev', 'x', 'Bench Vendor ' || v, 'vendor', now() FROM generate_series(1, ${VENDORS}) v ON CONFLICT DO NOTHING`);
    await client.query(`
      INSERT INTO vendor_profiles (id, "userId", "displayName", "payoutSchedule", "stripeAccountId", "payoutsEnabled", "updatedAt")
      SELECT 'pbp' || v, 'pbv' || v, 'Bench Vendor ' || v, 'weekly', 'acct_bench' || v, true, now() FROM generate_series(1, ${VENDORS}) v ON CONFLICT DO NOTHING`);
    await client.query(`
      INSERT INTO trips (id, "vendorId", title, description, city, country, "pricePerSeat", "durationDays", status, "updatedAt")
      SELECT 'pbt' || v, 'pbv' || v, 'Bench payout trip ' || v, 'A trip of the payout benchmark.', 'Lisbon', 'Portugal', 10000, 1, 'archived', now() FROM generate_series(1, ${VENDORS}) v ON CONFLICT DO NOTHING`);
    await client.query(`
      INSERT INTO departures (id, "tripId", "startsAt", "timeZone", capacity, "seatsTaken", "updatedAt")
      SELECT 'pbd' || v, 'pbt' || v, now() - interval '20 days', 'UTC', 1000, ${BOOKINGS_PER_VENDOR}, now() FROM generate_series(1, ${VENDORS}) v ON CONFLICT DO NOTHING`);
    await client.query(`
      INSERT INTO bookings (id, "userId", "tripId", "departureId", seats, "unitPrice", "totalAmount", currency, "commissionBps", status, "holdExpiresAt", "confirmedAt", "completedAt", "createdAt", "updatedAt")
      SELECT 'pb' || v || '_' || k, 'pb-traveller', 'pbt' || v, 'pbd' || v, 1, 5000 + (v * 7 + k * 13) % 20000, 5000 + (v * 7 + k * 13) % 20000, 'usd', 2000, 'completed',
        now() - interval '30 days', now() - interval '30 days', now() - interval '19 days' + (k || ' minutes')::interval, now() - interval '30 days', now()
      FROM generate_series(1, ${VENDORS}) v, generate_series(1, ${BOOKINGS_PER_VENDOR}) k`);
    // per booking, as the app writes them: a charge journal (cash in, 80 % pending for the vendor, 20 % commission)
    // and, when it completed, a release journal (the vendor's share moves from pending to payable)
    await client.query(`
      INSERT INTO ledger_entries (id, "journalId", "journalKey", kind, account, amount, currency, "vendorId", "bookingId", "createdAt")
      SELECT b.id || ':' || l.key || ':' || l.account, md5(b.id || l.key)::uuid::text, CASE l.key WHEN 'charge' THEN 'charge:' || b.id ELSE 'release:' || b.id || ':completed:usd' END, l.kind::"LedgerKind", l.account::"LedgerAccount",
        CASE l.account WHEN 'cash' THEN b."totalAmount" WHEN 'platform_revenue' THEN -(b."totalAmount" / 5) ELSE l.sign * (b."totalAmount" - b."totalAmount" / 5) END,
        'usd', t."vendorId", b.id, CASE l.key WHEN 'charge' THEN b."confirmedAt" ELSE b."completedAt" END
      FROM bookings b JOIN trips t ON t.id = b."tripId"
      CROSS JOIN (VALUES ('charge', 'cash', 'charge', 1), ('charge', 'vendor_pending', 'vendor_share', -1), ('charge', 'platform_revenue', 'commission', 1),
                         ('release', 'vendor_pending', 'release', 1), ('release', 'vendor_payable', 'release', -1)) AS l(key, account, kind, sign)
      WHERE b.id LIKE 'pb%'`);
    await client.query("COMMIT");
    await client.query("ANALYZE bookings; ANALYZE ledger_entries; ANALYZE vendor_profiles;");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

export async function benchPayouts(databaseUrl: string, env: Record<string, string>) {
  const t0 = Date.now();
  const seeded = await seedPayoutLedger(databaseUrl);
  if (seeded) console.log(`payout ledger seeded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return runLibWorker("bench/payout-batch-worker.ts", env, databaseUrl);
}
