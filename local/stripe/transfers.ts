// /v1/transfers and their reversals: moving money from the platform balance to a connected account, as payout runs do.
import { availableBalance } from "./balance";
import { invalidRequest, paramError, resourceMissing } from "./errors";
import { previousAttributes } from "./events";
import { newId, nowSeconds } from "./ids";
import { filteredList, LIST_PARAMS, listOf, newestFirst } from "./lists";
import { formatAmount } from "./money";
import { applyMetadata } from "./params";
import type { Ctx, Route } from "./routes";
import type { Transfer, TransferReversal } from "./types";

const INSUFFICIENT =
  "You have insufficient available funds in your Stripe account. Try adding funds directly to your available balance by creating Charges using the 4000000000000077 test card. See: https://stripe.com/docs/testing#available-balance";

function checkDestination(ctx: Ctx, id: string) {
  const account = Object.hasOwn(ctx.store.state.accounts, id) ? ctx.store.state.accounts[id] : undefined;
  if (!account)
    throw invalidRequest(`No such destination: '${id}'`, { code: "resource_missing", param: "destination" });
  if (!account.payouts_enabled || account.capabilities.transfers !== "active") {
    throw invalidRequest(
      "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
      {
        code: "insufficient_capabilities_for_transfer",
        param: "destination",
      },
    );
  }
}

/** A transfer funded by one charge (`source_transaction`) draws on that charge, not on the available balance. */
function checkFunds(ctx: Ctx, amount: number, currency: string, source: string | undefined) {
  const state = ctx.store.state;
  if (!source) {
    if ((availableBalance(state).get(currency) ?? 0) < amount)
      throw invalidRequest(INSUFFICIENT, { code: "balance_insufficient" });
    return;
  }
  const charge = Object.hasOwn(state.charges, source) ? state.charges[source] : undefined;
  if (!charge || charge.status !== "succeeded")
    throw invalidRequest(`No such charge: '${source}'`, { code: "resource_missing", param: "source_transaction" });
  if (charge.currency !== currency)
    throw paramError(
      `The currency of source_transaction's balance transaction (${charge.currency}) must be the same as the transfer currency (${currency})`,
      { param: "currency" },
    );
  const used = Object.values(state.transfers)
    .filter((t) => t.source_transaction === source)
    .reduce((sum, t) => sum + t.amount - t.amount_reversed, 0);
  if (used + amount > charge.amount - charge.amount_refunded)
    throw invalidRequest(INSUFFICIENT, { code: "balance_insufficient", param: "amount" });
}

function create(ctx: Ctx) {
  const p = ctx.params.allowOnly([
    "amount",
    "currency",
    "destination",
    "transfer_group",
    "source_transaction",
    "metadata",
    "description",
    "source_type",
  ]);
  const amount = p.integer("amount", { required: true, min: 1 })!;
  const currency = p.currency("currency", { required: true })!;
  const destination = p.string("destination", { required: true })!;
  const source = p.string("source_transaction");
  const metadata = applyMetadata({}, p.metadata());
  checkDestination(ctx, destination);
  checkFunds(ctx, amount, currency, source);
  const id = newId("tr");
  const transfer: Transfer = {
    id,
    object: "transfer",
    amount,
    amount_reversed: 0,
    balance_transaction: null,
    created: nowSeconds(),
    currency,
    description: p.string("description") ?? null,
    destination,
    destination_payment: newId("py"),
    livemode: false,
    metadata,
    reversals: { object: "list", data: [], has_more: false, total_count: 0, url: `/v1/transfers/${id}/reversals` },
    reversed: false,
    source_transaction: source ?? null,
    source_type: "card",
    transfer_group: p.string("transfer_group") ?? null,
  };
  ctx.store.state.transfers[id] = transfer;
  ctx.events.emit("transfer.created", transfer, ctx.request);
  return { body: transfer };
}

function update(ctx: Ctx) {
  const p = ctx.params.allowOnly(["metadata", "description"]);
  const transfer = ctx.store.get("transfers", ctx.args[0], "transfer");
  const before = structuredClone(transfer);
  transfer.metadata = applyMetadata(transfer.metadata, p.metadata());
  if (p.has("description")) transfer.description = p.string("description") ?? null;
  const previous = previousAttributes(before, transfer);
  if (Object.keys(previous).length > 0) ctx.events.emit("transfer.updated", transfer, ctx.request, previous);
  return { body: transfer };
}

function reverse(ctx: Ctx) {
  const p = ctx.params.allowOnly(["amount", "description", "metadata", "refund_application_fee"]);
  const transfer = ctx.store.get("transfers", ctx.args[0], "transfer");
  const requested = p.integer("amount", { min: 1 });
  const metadata = applyMetadata({}, p.metadata());
  const remaining = transfer.amount - transfer.amount_reversed;
  if (remaining <= 0)
    throw invalidRequest(`Transfer ${transfer.id} has already been fully reversed.`, { param: "amount" });
  const amount = requested ?? remaining;
  if (amount > remaining) {
    throw invalidRequest(
      `Reversal amount (${formatAmount(amount, transfer.currency)}) is greater than the amount left on transfer ${transfer.id} (${formatAmount(remaining, transfer.currency)}).`,
      { param: "amount" },
    );
  }
  const reversal: TransferReversal = {
    id: newId("trr"),
    object: "transfer_reversal",
    amount,
    balance_transaction: null,
    created: nowSeconds(),
    currency: transfer.currency,
    destination_payment_refund: null,
    metadata,
    source_refund: null,
    transfer: transfer.id,
  };
  ctx.store.state.reversals[reversal.id] = reversal;
  const before = structuredClone(transfer);
  transfer.amount_reversed += amount;
  transfer.reversed = transfer.amount_reversed >= transfer.amount;
  // the embedded list shows the 10 most recent reversals, as Stripe's does
  const all = [reversal, ...transfer.reversals.data];
  transfer.reversals = {
    ...transfer.reversals,
    data: all.slice(0, 10),
    has_more: all.length > 10,
    total_count: transfer.reversals.total_count + 1,
  };
  ctx.events.emit("transfer.reversed", transfer, ctx.request, previousAttributes(before, transfer));
  return { body: reversal };
}

function reversalsOf(ctx: Ctx) {
  const transfer = ctx.store.get("transfers", ctx.args[0], "transfer");
  return newestFirst(ctx.store.state.reversals).filter((r) => r.transfer === transfer.id);
}

export const transferRoutes: Route[] = [
  { method: "POST", path: "/v1/transfers", handle: create },
  {
    method: "GET",
    path: "/v1/transfers",
    handle: ({ params, store }) =>
      filteredList(params, store.state.transfers, ["destination", "transfer_group"], "/v1/transfers"),
  },
  {
    method: "GET",
    path: "/v1/transfers/:id",
    handle: ({ store, args }) => ({ body: store.get("transfers", args[0], "transfer") }),
  },
  { method: "POST", path: "/v1/transfers/:id", handle: update },
  { method: "POST", path: "/v1/transfers/:id/reversals", handle: reverse },
  {
    method: "GET",
    path: "/v1/transfers/:id/reversals",
    handle: (ctx) => ({
      body: listOf(reversalsOf(ctx), ctx.params.allowOnly([...LIST_PARAMS]), `/v1/transfers/${ctx.args[0]}/reversals`),
    }),
  },
  {
    method: "GET",
    path: "/v1/transfers/:id/reversals/:reversal",
    handle: (ctx) => {
      const reversal = reversalsOf(ctx).find((r) => r.id === ctx.args[1]);
      if (!reversal) throw resourceMissing("transfer_reversal", ctx.args[1]);
      return { body: reversal };
    },
  },
];
