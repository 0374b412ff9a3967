// /v1/events: retrieve, list (newest first, filtered by type) and retry, which is what `stripe events resend` calls
// to deliver an event to the webhook endpoint once more.
import { invalidRequest } from "./errors";
import { LIST_PARAMS, listOf, newestFirst } from "./lists";
import type { Params } from "./params";
import type { Route } from "./routes";

/** `type=charge.succeeded`, `type=charge.*` or `types[]=a&types[]=b`. */
function typeFilter(p: Params): (type: string) => boolean {
  const patterns = [p.string("type"), ...p.stringList("types")].filter((t): t is string => Boolean(t));
  if (patterns.length === 0) return () => true;
  const regexes = patterns.map((t) => new RegExp(`^${t.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*")}$`));
  return (type) => regexes.some((r) => r.test(type));
}

export const eventRoutes: Route[] = [
  {
    method: "GET",
    path: "/v1/events",
    handle: ({ params, store }) => {
      const p = params.allowOnly([...LIST_PARAMS, "type", "types", "delivery_success"]);
      const matches = typeFilter(p);
      const delivered = p.boolean("delivery_success");
      const events = newestFirst(store.state.events).filter(
        (e) => matches(e.type) && (delivered === undefined || delivered === (e.pending_webhooks === 0)),
      );
      return { body: listOf(events, p, "/v1/events") };
    },
  },
  {
    method: "GET",
    path: "/v1/events/:id",
    handle: ({ store, args }) => ({ body: store.get("events", args[0], "id") }),
  },
  {
    method: "POST",
    path: "/v1/events/:id/retry",
    handle: ({ params, store, events, webhooks, args }) => {
      params.allowOnly(["webhook_endpoint", "account"]);
      const event = store.get("events", args[0], "id");
      if (!webhooks.hasEndpoint)
        throw invalidRequest(
          "No webhook endpoint is configured on the local Stripe stand-in, so there is nowhere to resend the event to.",
        );
      events.queueDelivery(event.id);
      store.changed();
      webhooks.kick();
      return { body: event };
    },
  },
];
