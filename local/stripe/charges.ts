// /v1/charges: read-only here, since charges come from confirming PaymentIntents (confirm.ts).
import { LIST_PARAMS, listOf, newestFirst } from "./lists";
import type { Route } from "./routes";

export const chargeRoutes: Route[] = [
  {
    method: "GET",
    path: "/v1/charges",
    handle: ({ params, store }) => {
      const p = params.allowOnly([...LIST_PARAMS, "payment_intent", "transfer_group"]);
      const pi = p.string("payment_intent");
      const group = p.string("transfer_group");
      const charges = newestFirst(store.state.charges).filter((c) => (!pi || c.payment_intent === pi) && (!group || c.transfer_group === group));
      return { body: listOf(charges, p, "/v1/charges") };
    },
  },
  { method: "GET", path: "/v1/charges/:id", handle: ({ store, args }) => ({ body: store.get("charges", args[0], "charge") }) },
];
