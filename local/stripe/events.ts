// Events: every state change records an Event with a snapshot of the object (and, for updates, the attributes it had
// before), and queues its webhook delivery. Delivery itself happens later, in webhooks.ts, never inside the request.
import { newId, nowSeconds } from "./ids";
import type { Store } from "./store";
import type { StripeEvent, StripeObject } from "./types";

// the API version this stand-in speaks, the one stripe-node v23 pins; a request's Stripe-Version header wins
const DEFAULT_API_VERSION = "2026-10-28.endive";

export type RequestInfo = { id: string | null; idempotency_key: string | null; apiVersion?: string };

export const NO_REQUEST: RequestInfo = { id: null, idempotency_key: null };

export class EventLog {
  /** Called after events are recorded; the webhook sender picks them up on a later tick. */
  onEmit: () => void = () => {};

  constructor(
    private readonly store: Store,
    /** whether an endpoint listens for events of this type (a delivery is queued only then) */
    private readonly delivers: (type: string) => boolean,
  ) {}

  emit(type: string, object: StripeObject, request: RequestInfo, previous?: Record<string, unknown>): StripeEvent {
    const state = this.store.state;
    const event: StripeEvent = {
      id: newId("evt"),
      object: "event",
      api_version: request.apiVersion ?? DEFAULT_API_VERSION,
      created: nowSeconds(),
      // a deep copy: later changes to the object must not rewrite history
      data: {
        object: structuredClone(object),
        ...(previous ? { previous_attributes: structuredClone(previous) } : {}),
      },
      livemode: false,
      pending_webhooks: 0,
      request: { id: request.id, idempotency_key: request.idempotency_key },
      type,
    };
    state.events[event.id] = event;
    if (this.delivers(type)) this.queueDelivery(event.id);
    this.store.changed();
    this.onEmit();
    return event;
  }

  /** Queues one (more) delivery of an event, as a new event does and as `POST /v1/events/:id/retry` does. */
  queueDelivery(eventId: string) {
    const state = this.store.state;
    state.deliveries.push({ eventId, seq: this.store.nextSeq(), attempts: 0, dueAt: Date.now() });
    this.refreshPending(eventId);
  }

  /** pending_webhooks counts the deliveries still owed for the event. */
  refreshPending(eventId: string) {
    const event = this.store.state.events[eventId];
    if (event) event.pending_webhooks = this.store.state.deliveries.filter((d) => d.eventId === eventId).length;
  }
}

/** The top-level attributes that changed, with their old values: Stripe's `previous_attributes`. */
export function previousAttributes(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> {
  const previous: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) previous[key] = before[key] ?? null;
  }
  return previous;
}
