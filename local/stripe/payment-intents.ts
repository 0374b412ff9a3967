// /v1/payment_intents: create (optionally confirming at once), retrieve, update, confirm, cancel and list.
import { confirmIntent, unexpectedState } from "./confirm";
import { authError, paramError, resourceMissing } from "./errors";
import { newId, nowSeconds, randomToken } from "./ids";
import { LIST_PARAMS, listOf, newestFirst } from "./lists";
import { MAXIMUM_AMOUNT, formatAmount, minimumCharge } from "./money";
import { applyMetadata, Params } from "./params";
import { resolvePaymentMethod } from "./payment-methods";
import type { Ctx, Route } from "./routes";
import type { PaymentIntent } from "./types";

// real Stripe parameters the stand-in accepts; those it does not model are stored or ignored, as noted per field
const SHARED = [
  "amount",
  "currency",
  "metadata",
  "description",
  "receipt_email",
  "transfer_group",
  "payment_method",
  "payment_method_data",
  "payment_method_types",
  "payment_method_options",
  "statement_descriptor",
  "statement_descriptor_suffix",
  "setup_future_usage",
  "shipping",
  "application_fee_amount",
  "transfer_data",
  "capture_method",
  "customer",
];
const CREATE = [
  ...SHARED,
  "automatic_payment_methods",
  "confirm",
  "confirmation_method",
  "on_behalf_of",
  "return_url",
  "off_session",
  "error_on_requires_action",
  "use_stripe_sdk",
  "mandate_data",
  "radar_options",
];
// Stripe.js and the local card form confirm with a publishable key and send these besides the card
const CONFIRM = [
  "payment_method",
  "payment_method_data",
  "payment_method_options",
  "receipt_email",
  "return_url",
  "setup_future_usage",
  "shipping",
  "off_session",
  "error_on_requires_action",
  "use_stripe_sdk",
  "mandate_data",
  "radar_options",
  "client_secret",
  "expected_payment_method_type",
  "payment_user_agent",
  "capture_method",
];
const MUTABLE = ["requires_payment_method", "requires_confirmation"];

function checkAmount(p: Params, currency: string, required: boolean): number | undefined {
  const amount = p.integer("amount", { required });
  if (amount === undefined) return undefined;
  const min = minimumCharge(currency);
  if (amount < min)
    throw paramError(`Amount must be at least ${formatAmount(min, currency)} ${currency}`, {
      code: "amount_too_small",
      param: "amount",
    });
  if (amount > MAXIMUM_AMOUNT)
    throw paramError(`Amount must be no more than ${formatAmount(MAXIMUM_AMOUNT, currency)}`, {
      code: "amount_too_large",
      param: "amount",
    });
  return amount;
}

/** Parameters the stand-in cannot honour are refused rather than silently ignored, so local runs never mislead. */
function checkSupported(p: Params) {
  if (p.string("customer")) throw resourceMissing("customer", p.string("customer")!, "customer");
  const capture = p.oneOf("capture_method", ["automatic", "automatic_async", "manual"]);
  if (capture === "manual")
    throw paramError("The local Stripe stand-in does not support capture_method=manual.", { param: "capture_method" });
  if (p.oneOf("confirmation_method", ["automatic", "manual"]) === "manual")
    throw paramError("The local Stripe stand-in does not support confirmation_method=manual.", {
      param: "confirmation_method",
    });
  if (p.stringList("payment_method_types").some((t) => t !== "card"))
    throw paramError("The local Stripe stand-in only supports the payment method type card.", {
      param: "payment_method_types",
    });
}

function transferData(p: Params): PaymentIntent["transfer_data"] | undefined {
  const data = p.object("transfer_data");
  if (!data) return undefined;
  data.allowOnly(["destination", "amount"]);
  const amount = data.integer("amount", { min: 0 });
  return { destination: data.string("destination", { required: true })!, ...(amount !== undefined ? { amount } : {}) };
}

function create(ctx: Ctx) {
  const p = ctx.params.allowOnly(CREATE);
  checkSupported(p);
  const currency = p.currency("currency", { required: true })!;
  const amount = checkAmount(p, currency, true)!;
  const automatic = p.object("automatic_payment_methods");
  if (automatic && p.has("payment_method_types"))
    throw paramError("You may only specify one of these parameters: automatic_payment_methods, payment_method_types.", {
      param: "automatic_payment_methods",
    });
  automatic?.allowOnly(["enabled", "allow_redirects"]);
  const confirm = p.boolean("confirm") ?? false;
  // resolved before the intent exists: a bad payment method fails the request without leaving an intent behind
  const pm = resolvePaymentMethod(ctx.store, p);
  const id = newId("pi");
  const pi: PaymentIntent = {
    id,
    object: "payment_intent",
    amount,
    amount_capturable: 0,
    amount_received: 0,
    application_fee_amount: p.integer("application_fee_amount", { min: 0 }) ?? null,
    automatic_payment_methods: automatic
      ? {
          enabled: automatic.boolean("enabled") ?? false,
          ...(automatic.string("allow_redirects") ? { allow_redirects: automatic.string("allow_redirects") } : {}),
        }
      : null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: p.string("capture_method") ?? "automatic_async",
    client_secret: `${id}_secret_${randomToken(25)}`,
    confirmation_method: "automatic",
    created: nowSeconds(),
    currency,
    customer: null,
    description: p.string("description") ?? null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: applyMetadata({}, p.metadata()),
    next_action: null,
    on_behalf_of: p.string("on_behalf_of") ?? null,
    payment_method: pm?.object.id ?? null,
    payment_method_types: ["card"],
    receipt_email: p.string("receipt_email") ?? null,
    statement_descriptor: p.string("statement_descriptor") ?? null,
    statement_descriptor_suffix: p.string("statement_descriptor_suffix") ?? null,
    status: pm ? "requires_confirmation" : "requires_payment_method",
    transfer_data: transferData(p) ?? null,
    transfer_group: p.string("transfer_group") ?? null,
  };
  ctx.store.state.paymentIntents[id] = pi;
  ctx.events.emit("payment_intent.created", pi, ctx.request);
  if (!confirm) return { body: pi };
  // the payment method is attached already; confirming must not resolve (and clone) it a second time
  const { payment_method: _pm, payment_method_data: _pmd, ...rest } = p.data;
  return confirmIntent(ctx, pi, new Params(rest));
}

function update(ctx: Ctx) {
  const p = ctx.params.allowOnly(SHARED);
  const pi = ctx.store.get("paymentIntents", ctx.args[0], "intent");
  checkSupported(p);
  const onlyNotes = Object.keys(p.data).every((k) =>
    ["metadata", "description", "receipt_email", "expand"].includes(k),
  );
  // like Stripe: notes can change at any time, anything that affects the payment only before it is made
  if (!onlyNotes && !MUTABLE.includes(pi.status)) {
    throw unexpectedState(
      pi,
      `You cannot update this PaymentIntent because it has a status of ${pi.status}. You may only update a PaymentIntent with one of the following statuses: ${MUTABLE.join(", ")}.`,
    );
  }
  const currency = p.currency() ?? pi.currency;
  const amount = checkAmount(p, currency, false);
  const pm = resolvePaymentMethod(ctx.store, p);
  pi.currency = currency;
  if (amount !== undefined) pi.amount = amount;
  if (pm) Object.assign(pi, { payment_method: pm.object.id, status: "requires_confirmation" });
  pi.metadata = applyMetadata(pi.metadata, p.metadata());
  for (const key of [
    "description",
    "receipt_email",
    "transfer_group",
    "statement_descriptor",
    "statement_descriptor_suffix",
  ] as const) {
    if (p.has(key)) pi[key] = p.string(key) ?? null;
  }
  if (p.has("application_fee_amount"))
    pi.application_fee_amount = p.integer("application_fee_amount", { min: 0 }) ?? null;
  if (p.has("transfer_data")) pi.transfer_data = transferData(p) ?? null;
  return { body: pi };
}

function confirm(ctx: Ctx) {
  const pi = ctx.store.get("paymentIntents", ctx.args[0], "intent");
  if (ctx.auth === "publishable") {
    const secret = ctx.params.string("client_secret");
    if (!secret)
      throw authError(
        "This API call cannot be made with a publishable API key without the PaymentIntent's client_secret. Please use a secret API key.",
      );
    if (secret !== pi.client_secret)
      throw authError("The client_secret provided does not match the client_secret associated with the PaymentIntent.");
  }
  // Stripe.js sends private `_stripe_*` fields; they carry nothing the stand-in needs
  const p = ctx.params;
  for (const key of Object.keys(p.data)) if (key.startsWith("_")) delete p.data[key];
  return confirmIntent(ctx, pi, p.allowOnly(CONFIRM));
}

function cancel(ctx: Ctx) {
  const p = ctx.params.allowOnly(["cancellation_reason"]);
  const pi = ctx.store.get("paymentIntents", ctx.args[0], "intent");
  const reason = p.oneOf("cancellation_reason", ["duplicate", "fraudulent", "requested_by_customer", "abandoned"]);
  if (!MUTABLE.includes(pi.status)) {
    throw unexpectedState(
      pi,
      `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.`,
    );
  }
  Object.assign(pi, { status: "canceled", canceled_at: nowSeconds(), cancellation_reason: reason ?? null });
  ctx.events.emit("payment_intent.canceled", pi, ctx.request);
  return { body: pi };
}

export const paymentIntentRoutes: Route[] = [
  { method: "POST", path: "/v1/payment_intents", handle: create },
  {
    method: "GET",
    path: "/v1/payment_intents",
    handle: ({ params, store }) => ({
      body: listOf(newestFirst(store.state.paymentIntents), params.allowOnly([...LIST_PARAMS]), "/v1/payment_intents"),
    }),
  },
  {
    method: "GET",
    path: "/v1/payment_intents/:id",
    handle: ({ params, store, args }) => (
      params.allowOnly(["client_secret"]),
      { body: store.get("paymentIntents", args[0], "intent") }
    ),
  },
  { method: "POST", path: "/v1/payment_intents/:id", handle: update },
  { method: "POST", path: "/v1/payment_intents/:id/confirm", publishable: true, handle: confirm },
  { method: "POST", path: "/v1/payment_intents/:id/cancel", handle: cancel },
];
