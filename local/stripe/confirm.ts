// Confirming a PaymentIntent: the card's scripted outcome either creates a succeeded Charge and moves the intent to
// `succeeded`, or creates a failed Charge, puts the intent back to `requires_payment_method` with
// `last_payment_error`, and answers 402 card_error with the intent embedded, exactly as Stripe's test mode does.
import { DECLINES } from "./cards";
import { cardError, docUrl, invalidRequest, StripeApiError } from "./errors";
import { newId, nowSeconds } from "./ids";
import type { Params } from "./params";
import { resolvePaymentMethod, type StoredPaymentMethod } from "./payment-methods";
import type { Ctx, Result } from "./routes";
import type { Charge, PaymentIntent, PaymentMethod } from "./types";

const CONFIRMABLE = ["requires_payment_method", "requires_confirmation"];

export function unexpectedState(pi: PaymentIntent, message: string): StripeApiError {
  const error = invalidRequest(message, { code: "payment_intent_unexpected_state" });
  error.body.payment_intent = structuredClone(pi);
  return error;
}

export function confirmIntent(ctx: Ctx, pi: PaymentIntent, p: Params): Result {
  if (pi.status === "succeeded")
    throw unexpectedState(
      pi,
      "You cannot confirm this PaymentIntent because it has already succeeded after being previously confirmed.",
    );
  if (!CONFIRMABLE.includes(pi.status)) {
    throw unexpectedState(
      pi,
      `You cannot confirm this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be confirmed: requires_confirmation, requires_payment_method.`,
    );
  }
  let pm: StoredPaymentMethod | undefined;
  try {
    pm = resolvePaymentMethod(ctx.store, p);
  } catch (error) {
    // a card the tokenizer rejects (incorrect_number, expired_card, ...) is a failed payment attempt on the intent
    if (error instanceof StripeApiError && error.body.type === "card_error") failAttempt(ctx, pi, error);
    throw error;
  }
  const receiptEmail = p.string("receipt_email");
  if (receiptEmail) pi.receipt_email = receiptEmail;
  pm ??= pi.payment_method ? ctx.store.state.paymentMethods[pi.payment_method] : undefined;
  if (!pm) {
    throw unexpectedState(
      pi,
      "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
    );
  }
  return charge(ctx, pi, pm);
}

function charge(ctx: Ctx, pi: PaymentIntent, pm: StoredPaymentMethod): Result {
  const { card } = pm.object;
  const base: Charge = {
    id: newId("ch"),
    object: "charge",
    amount: pi.amount,
    amount_captured: 0,
    amount_refunded: 0,
    balance_transaction: null,
    captured: false,
    created: nowSeconds(),
    currency: pi.currency,
    description: pi.description,
    failure_code: null,
    failure_message: null,
    livemode: false,
    metadata: { ...pi.metadata },
    outcome: {
      network_status: "approved_by_network",
      reason: null,
      risk_level: "normal",
      seller_message: "Payment complete.",
      type: "authorized",
    },
    paid: true,
    payment_intent: pi.id,
    payment_method: pm.object.id,
    payment_method_details: {
      type: "card",
      card: {
        brand: card.brand,
        last4: card.last4,
        exp_month: card.exp_month,
        exp_year: card.exp_year,
        funding: card.funding,
        country: card.country,
        fingerprint: card.fingerprint,
      },
    },
    receipt_email: pi.receipt_email,
    refunded: false,
    status: "succeeded",
    transfer_group: pi.transfer_group,
  };
  const state = ctx.store.state;
  if (pm.outcome === "succeed") {
    const ch: Charge = { ...base, amount_captured: pi.amount, captured: true };
    state.charges[ch.id] = ch;
    Object.assign(pi, {
      status: "succeeded",
      amount_received: pi.amount,
      latest_charge: ch.id,
      payment_method: pm.object.id,
      last_payment_error: null,
    });
    ctx.events.emit("charge.succeeded", ch, ctx.request);
    ctx.events.emit("payment_intent.succeeded", pi, ctx.request);
    return { body: pi };
  }
  const decline = DECLINES[pm.outcome];
  const ch: Charge = {
    ...base,
    status: "failed",
    paid: false,
    failure_code: decline.code,
    failure_message: decline.message,
    outcome: {
      network_status: "declined_by_network",
      reason: decline.decline_code,
      risk_level: "normal",
      seller_message: "The bank did not return any further details with this decline.",
      type: "issuer_declined",
    },
  };
  state.charges[ch.id] = ch;
  pi.latest_charge = ch.id;
  const error = cardError({
    code: decline.code,
    decline_code: decline.decline_code,
    message: decline.message,
    charge: ch.id,
    payment_method: structuredClone(pm.object),
  });
  ctx.events.emit("charge.failed", ch, ctx.request);
  failAttempt(ctx, pi, error, pm.object);
  throw error;
}

/** Records a failed attempt on the intent and embeds the intent in the card error, as Stripe's 402s carry it. */
function failAttempt(ctx: Ctx, pi: PaymentIntent, error: StripeApiError, pm?: PaymentMethod) {
  const { code = "card_declined", decline_code, message, param, charge: chargeId } = error.body;
  pi.status = "requires_payment_method";
  pi.payment_method = null;
  pi.last_payment_error = {
    type: "card_error",
    code,
    ...(decline_code ? { decline_code } : {}),
    message,
    doc_url: docUrl(code),
    ...(param ? { param } : {}),
    ...(chargeId ? { charge: chargeId } : {}),
    ...(pm ? { payment_method: structuredClone(pm) } : {}),
  };
  ctx.events.emit("payment_intent.payment_failed", pi, ctx.request);
  error.body.payment_intent = structuredClone(pi);
}
