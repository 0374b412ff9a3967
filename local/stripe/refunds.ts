// /v1/refunds. A refund of a PaymentIntent refunds its succeeded charge, by default what is left of it. A refund with
// `metadata[local_simulate]=fail` plays Stripe's asynchronous refund failure (test card 4000000000005126): it is
// created `pending`, then turns `failed` with a failure_reason, gives the money back to the charge and emits
// refund.updated + refund.failed, so the app's failure path can be exercised locally.
import { invalidRequest, paramError } from "./errors";
import { type EventLog, NO_REQUEST, previousAttributes } from "./events";
import { newId, nowSeconds } from "./ids";
import { filteredList } from "./lists";
import { formatAmount } from "./money";
import { applyMetadata } from "./params";
import type { Ctx, Route } from "./routes";
import type { Store } from "./store";
import type { Charge, Refund } from "./types";

const SIMULATED_FAILURE_DELAY_MS = 200;

const simulatesFailure = (refund: Refund) => refund.metadata.local_simulate === "fail";

function chargeToRefund(ctx: Ctx): Charge {
  const { params: p, store } = ctx;
  const piId = p.string("payment_intent");
  const chargeId = p.string("charge");
  if (!piId && !chargeId)
    throw paramError("One of the following params should be provided for this request: payment_intent or charge.", {
      param: "payment_intent",
    });
  if (piId) {
    const pi = Object.hasOwn(store.state.paymentIntents, piId) ? store.state.paymentIntents[piId] : undefined;
    if (!pi)
      throw invalidRequest(`No such payment_intent: '${piId}'`, { code: "resource_missing", param: "payment_intent" });
    if (pi.status !== "succeeded" || !pi.latest_charge)
      throw invalidRequest(`This PaymentIntent (${pi.id}) does not have a successful charge to refund.`, {
        param: "payment_intent",
      });
    if (chargeId && chargeId !== pi.latest_charge)
      throw paramError(`Charge ${chargeId} does not belong to PaymentIntent ${pi.id}.`, { param: "charge" });
    return store.state.charges[pi.latest_charge];
  }
  const charge = Object.hasOwn(store.state.charges, chargeId!) ? store.state.charges[chargeId!] : undefined;
  if (!charge) throw invalidRequest(`No such charge: '${chargeId}'`, { code: "resource_missing", param: "charge" });
  if (charge.status !== "succeeded")
    throw invalidRequest(`Charge ${charge.id} has not succeeded, so it cannot be refunded.`, { param: "charge" });
  return charge;
}

function create(ctx: Ctx) {
  const p = ctx.params.allowOnly([
    "amount",
    "charge",
    "payment_intent",
    "reason",
    "metadata",
    "refund_application_fee",
    "reverse_transfer",
    "instructions_email",
    "origin",
  ]);
  const charge = chargeToRefund(ctx);
  const reason = p.oneOf("reason", ["duplicate", "fraudulent", "requested_by_customer"]);
  const requested = p.integer("amount", { min: 1 });
  const metadata = applyMetadata({}, p.metadata());
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining <= 0)
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: "charge_already_refunded" });
  const amount = requested ?? remaining;
  if (amount > remaining) {
    throw invalidRequest(
      `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`,
      { code: "amount_too_large", param: "amount" },
    );
  }
  const refund: Refund = {
    id: newId("re"),
    object: "refund",
    amount,
    balance_transaction: null,
    charge: charge.id,
    created: nowSeconds(),
    currency: charge.currency,
    metadata,
    payment_intent: charge.payment_intent,
    reason: reason ?? null,
    receipt_number: null,
    status: "succeeded",
  };
  if (simulatesFailure(refund)) refund.status = "pending";
  ctx.store.state.refunds[refund.id] = refund;
  const before = { ...charge };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded >= charge.amount;
  ctx.events.emit("refund.created", refund, ctx.request);
  ctx.events.emit("charge.refunded", charge, ctx.request, previousAttributes(before, charge));
  if (simulatesFailure(refund))
    ctx.later(SIMULATED_FAILURE_DELAY_MS, () => failRefund(ctx.store, ctx.events, refund.id));
  return { body: refund };
}

function failRefund(store: Store, events: EventLog, id: string) {
  const refund = store.state.refunds[id];
  if (!refund || refund.status !== "pending") return;
  const before = { ...refund };
  refund.status = "failed";
  refund.failure_reason = "expired_or_canceled_card";
  // a failed refund returns the money: the charge counts it as refunded no more
  const charge = store.state.charges[refund.charge];
  charge.amount_refunded -= refund.amount;
  charge.refunded = charge.amount_refunded >= charge.amount;
  events.emit("refund.updated", refund, NO_REQUEST, previousAttributes(before, refund));
  events.emit("refund.failed", refund, NO_REQUEST);
}

/** After a restart, simulated failures that had not happened yet still happen. */
export function resumeSimulatedRefundFailures(
  store: Store,
  events: EventLog,
  later: (ms: number, fn: () => void) => void,
) {
  for (const refund of Object.values(store.state.refunds)) {
    if (refund.status === "pending" && simulatesFailure(refund))
      later(SIMULATED_FAILURE_DELAY_MS, () => failRefund(store, events, refund.id));
  }
}

function update(ctx: Ctx) {
  const p = ctx.params.allowOnly(["metadata"]);
  const refund = ctx.store.get("refunds", ctx.args[0], "refund");
  const before = { ...refund };
  refund.metadata = applyMetadata(refund.metadata, p.metadata());
  const previous = previousAttributes(before, refund);
  if (Object.keys(previous).length > 0) ctx.events.emit("refund.updated", refund, ctx.request, previous);
  return { body: refund };
}

export const refundRoutes: Route[] = [
  { method: "POST", path: "/v1/refunds", handle: create },
  {
    method: "GET",
    path: "/v1/refunds",
    handle: ({ params, store }) =>
      filteredList(params, store.state.refunds, ["payment_intent", "charge"], "/v1/refunds"),
  },
  {
    method: "GET",
    path: "/v1/refunds/:id",
    handle: ({ store, args }) => ({ body: store.get("refunds", args[0], "refund") }),
  },
  { method: "POST", path: "/v1/refunds/:id", handle: update },
];
