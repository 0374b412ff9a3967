// The database's limit for the booking hold: the same transaction POST /api/v1/bookings commits (take the seats with
// the conditional UPDATE, insert the booking, its payment, the audit row and the outbox event) sent straight
// through `pg` by `concurrency` clients, one departure per client as in the app run. The outbox rows are written as
// sent, so the app's drainer does not start Inngest runs for them.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { summarize } from "./stats";

export async function holdTransactionLimit(
  databaseUrl: string,
  options: { concurrency: number; durationMs: number; userId: string },
) {
  const latencies: number[] = [];
  const deadline = Date.now() + options.durationMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async (_, worker) => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const departureId = `bench-big-${worker}`;
      const tripId = `bt${worker + 1}`;
      try {
        while (Date.now() < deadline) {
          const t0 = performance.now();
          const bookingId = randomUUID();
          await client.query("BEGIN");
          const held = await client.query(
            `UPDATE departures SET "seatsTaken" = "seatsTaken" + 1, "updatedAt" = now() WHERE id = $1 AND status = 'scheduled' AND "startsAt" > now() AND "seatsTaken" + 1 <= capacity`,
            [departureId],
          );
          if (held.rowCount !== 1) throw new Error(`${departureId} is full`);
          await client.query(
            `INSERT INTO bookings (id, "userId", "tripId", "departureId", seats, "unitPrice", "totalAmount", currency, "commissionBps", "holdExpiresAt", "updatedAt") VALUES ($1, $2, $3, $4, 1, 10000, 10000, 'usd', 1500, now() + interval '15 minutes', now())`,
            [bookingId, options.userId, tripId, departureId],
          );
          await client.query(
            `INSERT INTO payments (id, "bookingId", amount, currency, "updatedAt") VALUES ($1, $2, 10000, 'usd', now())`,
            [randomUUID(), bookingId],
          );
          await client.query(
            `INSERT INTO audit_logs (id, "actorId", action, "entityType", "entityId", data) VALUES ($1, $2, 'booking.created', 'booking', $3, '{"seats":1}')`,
            [randomUUID(), options.userId, bookingId],
          );
          await client.query(
            `INSERT INTO event_outbox (id, name, "eventId", data, "sentAt") VALUES ($1, 'booking/created', $2, $3, now())`,
            [randomUUID(), `bench-limit:${bookingId}`, JSON.stringify({ bookingId })],
          );
          await client.query("COMMIT");
          latencies.push(performance.now() - t0);
        }
      } finally {
        await client.end();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const { samples: _s, ...stats } = summarize(latencies);
  return { bookings: latencies.length, throughput: Math.round((latencies.length / seconds) * 10) / 10, ...stats };
}

/** Settles the limit run's holds so they cost nothing later (no Inngest run was started for them). */
export async function releaseLimitHolds(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(
    `UPDATE bookings SET status = 'expired', "expiredAt" = now() WHERE id IN (SELECT (data->>'bookingId') FROM event_outbox WHERE "eventId" LIKE 'bench-limit:%') AND status = 'pending'`,
  );
  await client.end();
}
