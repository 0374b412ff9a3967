// /v1/charges: read-only here, since charges come from confirming PaymentIntents (confirm.ts).
import { filteredList } from "./lists";
import type { Route } from "./routes";

export const chargeRoutes: Route[] = [
  {
    method: "GET",
    path: "/v1/charges",
    handle: ({ params, store }) =>
      filteredList(params, store.state.charges, ["payment_intent", "transfer_group"], "/v1/charges"),
  },
  {
    method: "GET",
    path: "/v1/charges/:id",
    handle: ({ store, args }) => ({ body: store.get("charges", args[0], "charge") }),
  },
];
