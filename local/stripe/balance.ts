// The platform balance: succeeded charges − refunds − transfers + transfer reversals, per currency. Stripe holds new
// charges as `pending` for a couple of days; the stand-in makes them available at once (as Stripe's test card
// 4000000000000077 does) so payouts can run right after a booking completes. Stripe fees are not modelled.
import type { Route } from "./routes";
import type { State } from "./types";

export function availableBalance(state: State): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (currency: string, amount: number) => totals.set(currency, (totals.get(currency) ?? 0) + amount);
  for (const charge of Object.values(state.charges))
    if (charge.status === "succeeded") add(charge.currency, charge.amount);
  // pending refunds hold their money too; failed ones gave it back
  for (const refund of Object.values(state.refunds))
    if (refund.status !== "failed") add(refund.currency, -refund.amount);
  for (const transfer of Object.values(state.transfers))
    add(transfer.currency, -(transfer.amount - transfer.amount_reversed));
  return totals;
}

export const balanceRoutes: Route[] = [
  {
    method: "GET",
    path: "/v1/balance",
    handle: ({ params, store }) => {
      params.allowOnly([]);
      const totals = availableBalance(store.state);
      if (totals.size === 0) totals.set("usd", 0);
      const available = [...totals].map(([currency, amount]) => ({ amount, currency, source_types: { card: amount } }));
      return { body: { object: "balance", available, pending: [], livemode: false } };
    },
  },
];
