// PaymentMethods: `POST /v1/payment_methods` with raw test card fields (what a card form tokenizes), `pm_card_*`
// test tokens and inline `payment_method_data`, all resolved to a stored card with its scripted test outcome.
import { cardFromPaymentMethodParams, testTokenCard, type ValidatedCard } from "./cards";
import { invalidRequest, paramError, resourceMissing } from "./errors";
import { newId, nowSeconds } from "./ids";
import { applyMetadata, type Params } from "./params";
import type { Route } from "./routes";
import type { Store } from "./store";
import type { State } from "./types";

export type StoredPaymentMethod = State["paymentMethods"][string];

function storeCard(store: Store, card: ValidatedCard, p?: Params): StoredPaymentMethod {
  const billing = p?.object("billing_details");
  billing?.allowOnly(["name", "email", "phone", "address"]);
  const stored: StoredPaymentMethod = {
    outcome: card.outcome,
    object: {
      id: newId("pm"),
      object: "payment_method",
      type: "card",
      card: { ...card.details, checks: { cvc_check: card.cvcChecked ? "pass" : null } },
      billing_details: {
        name: billing?.string("name") ?? null,
        email: billing?.string("email") ?? null,
        phone: billing?.string("phone") ?? null,
      },
      created: nowSeconds(),
      customer: null,
      livemode: false,
      metadata: applyMetadata({}, p?.metadata()),
    },
  };
  store.state.paymentMethods[stored.object.id] = stored;
  return stored;
}

/** `type=card&card[number]=...`: validation failures are Stripe's 402 card errors (incorrect_number, ...). */
function createPaymentMethod(store: Store, p: Params): StoredPaymentMethod {
  return storeCard(store, cardFromPaymentMethodParams(p), p);
}

/**
 * The PaymentMethod a PaymentIntent request names with `payment_method` (an id or a `pm_card_*` token, which, as on
 * Stripe, yields a fresh `pm_...`) or `payment_method_data`; undefined when it names none.
 */
export function resolvePaymentMethod(store: Store, p: Params): StoredPaymentMethod | undefined {
  const id = p.string("payment_method");
  const data = p.object("payment_method_data");
  if (id && data)
    throw paramError("You may only specify one of these parameters: payment_method, payment_method_data.", {
      param: "payment_method_data",
    });
  if (data) return createPaymentMethod(store, data);
  if (!id) return undefined;
  const token = testTokenCard(id);
  if (token) return storeCard(store, token);
  const stored = Object.hasOwn(store.state.paymentMethods, id) ? store.state.paymentMethods[id] : undefined;
  if (!stored)
    throw invalidRequest(`No such PaymentMethod: '${id}'`, { code: "resource_missing", param: "payment_method" });
  return stored;
}

export const paymentMethodRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/payment_methods",
    handle: ({ store, params }) => ({ body: createPaymentMethod(store, params).object }),
  },
  {
    method: "GET",
    path: "/v1/payment_methods/:id",
    handle: ({ store, args: [id] }) => {
      const stored = Object.hasOwn(store.state.paymentMethods, id) ? store.state.paymentMethods[id] : undefined;
      if (!stored) throw resourceMissing("PaymentMethod", id, "payment_method");
      return { body: stored.object };
    },
  },
];
