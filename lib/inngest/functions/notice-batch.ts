// Booking notices are batched (Inngest's `batchEvents`): one call of /api/inngest carries up to 25 events of a notice
// function instead of one HTTP round trip — and, on Inngest Cloud, one function run — per event. A notice waits at most
// a second for its batch to fill.
export const NOTICE_BATCH = { maxSize: 25, timeout: "1s" } as const;

/**
 * Handles every event of a batch, each on its own: one that fails does not stop the others. If any failed, the run
 * throws afterwards so Inngest retries the batch; each notice is idempotent by its key (event id and recipient), so a
 * retry sends again only what did not go out.
 */
export async function forEachEvent<E extends { id?: string }, R>(
  events: E[],
  handle: (event: E, index: number) => Promise<R>,
) {
  const results: { eventId: string | undefined; result: R }[] = [];
  const failures: unknown[] = [];
  for (const [index, event] of events.entries()) {
    try {
      results.push({ eventId: event.id, result: await handle(event, index) });
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) {
    const first = failures[0] instanceof Error ? failures[0].message : String(failures[0]);
    throw new Error(`${failures.length} of ${events.length} events failed; the first: ${first}`, {
      cause: failures.length === 1 ? failures[0] : new AggregateError(failures),
    });
  }
  return results;
}
