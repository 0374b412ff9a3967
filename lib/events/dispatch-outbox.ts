import "server-only";
import type { Prisma } from "@prisma/client";
import { pgExecute, pgRows, pgTx, sql } from "../db-pool";
import { inngest } from "../inngest/client";
import { logger } from "../logger";

/**
 * True when some Inngest is configured to receive events: Inngest Cloud (INNGEST_EVENT_KEY), a self-hosted server or
 * the local runner (INNGEST_BASE_URL, which the npm scripts set with the runner's keys).
 */
function inngestConfigured() {
  return Boolean(process.env.INNGEST_EVENT_KEY || process.env.INNGEST_BASE_URL);
}

/**
 * Sends unsent outbox events to Inngest. Rows are claimed with FOR UPDATE SKIP LOCKED, so several app processes can
 * drain concurrently without sending a row twice; if the process dies after sending but before marking, the row is
 * sent again and Inngest drops the duplicate by its event id.
 */
async function dispatchOutbox(batch = 100): Promise<number> {
  if (!inngestConfigured()) return 0;
  // on pg, not Prisma: a dispatch runs after every commit that wrote an event (README → Performance)
  return pgTx(async (tx) => {
    const rows = await pgRows<{ id: string; name: string; eventId: string; data: Prisma.JsonObject; ts: Date | null }>(
      sql`
        SELECT id, name, "eventId", data, ts FROM event_outbox
        WHERE "sentAt" IS NULL ORDER BY "createdAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED`,
      tx,
    );
    if (rows.length === 0) return 0;
    const ids = rows.map((r) => r.id);
    try {
      // a ts in the future makes Inngest start the triggered runs at that time
      await inngest.send(
        rows.map((r) => ({ name: r.name, data: r.data, id: r.eventId, ...(r.ts ? { ts: r.ts.getTime() } : {}) })),
      );
      await pgExecute(sql`UPDATE event_outbox SET "sentAt" = now() WHERE id = ANY(${ids})`, tx);
      return rows.length;
    } catch (error) {
      logger.warn({ err: error, count: rows.length }, "event outbox: send failed, will retry");
      await pgExecute(
        sql`UPDATE event_outbox SET attempts = attempts + 1, "lastError" = ${String(error).slice(0, 500)}
          WHERE id = ANY(${ids})`,
        tx,
      );
      return 0;
    }
  });
}

let inFlight = false;
let again = false;

/**
 * Sends right away after a commit; the background drainer (instrumentation.ts) catches whatever this misses. Kicks
 * that arrive while a dispatch is running coalesce into one more pass, so concurrent bookings share one
 * transaction and one inngest.send for their events instead of each opening its own.
 */
export function kickOutbox() {
  if (!inngestConfigured()) return;
  again = true;
  if (inFlight) return;
  inFlight = true;
  void (async () => {
    while (again) {
      again = false;
      await dispatchOutbox().catch((error) => logger.warn({ err: error }, "event outbox: dispatch failed"));
    }
  })().finally(() => (inFlight = false));
}

let drainer: NodeJS.Timeout | undefined;
export function startOutboxDrainer(intervalMs = 2000) {
  if (drainer || !inngestConfigured()) return;
  drainer = setInterval(
    () => void dispatchOutbox().catch((error) => logger.warn({ err: error }, "event outbox drainer")),
    intervalMs,
  );
  drainer.unref();
}
