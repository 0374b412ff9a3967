import "server-only";
import { type SqlClient, sql, sqlExecute } from "../db-pool";
import type { DomainEvent, EventData } from "./definitions";

/**
 * Records a domain event in the outbox inside the caller's transaction: the event exists exactly when the change
 * that caused it committed. `dispatchOutbox` sends it to Inngest afterwards; `id` is the deterministic Inngest
 * event id (e.g. "user/registered:<userId>"), so a retried use case or a re-sent row is de-duplicated.
 */
export async function publishEvent<E extends DomainEvent>(tx: SqlClient, event: E, data: EventData<E>, id: string) {
  // parsed by the event's own schema: what is stored is exactly what the functions triggered by it accept. One
  // statement; an event already recorded under this id is left as it is
  const parsed = JSON.stringify(event.schema.parse(data));
  await sqlExecute(
    tx,
    sql`
      INSERT INTO event_outbox (id, name, "eventId", data)
      VALUES (gen_random_uuid()::text, ${event.name}, ${id}, ${parsed}::jsonb)
      ON CONFLICT ("eventId") DO NOTHING`,
  );
}
