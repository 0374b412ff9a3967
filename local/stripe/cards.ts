// Stripe's test cards: which numbers and `pm_card_*` tokens succeed and how the others decline
// (https://docs.stripe.com/testing). Anything else is refused as Stripe's test mode refuses real card numbers.
import { createHash } from "node:crypto";
import { cardError, paramError } from "./errors";
import type { Params } from "./params";
import type { CardDetails, CardOutcome } from "./types";

type TestCard = { brand: string; funding: "credit" | "debit"; outcome: CardOutcome };

const TEST_CARDS: Record<string, TestCard> = {
  "4242424242424242": { brand: "visa", funding: "credit", outcome: "succeed" },
  "4000056655665556": { brand: "visa", funding: "debit", outcome: "succeed" },
  "5555555555554444": { brand: "mastercard", funding: "credit", outcome: "succeed" },
  "378282246310005": { brand: "amex", funding: "credit", outcome: "succeed" },
  // Stripe's "available balance" card; the stand-in makes every charge available at once anyway
  "4000000000000077": { brand: "visa", funding: "credit", outcome: "succeed" },
  "4000000000000002": { brand: "visa", funding: "credit", outcome: "generic_decline" },
  "4000000000009995": { brand: "visa", funding: "credit", outcome: "insufficient_funds" },
  "4000000000000069": { brand: "visa", funding: "credit", outcome: "expired_card" },
  "4000000000000127": { brand: "visa", funding: "credit", outcome: "incorrect_cvc" },
  "4000000000000119": { brand: "visa", funding: "credit", outcome: "processing_error" },
};

/** The `pm_card_*` shortcuts Stripe accepts wherever a PaymentMethod id is expected. */
const TEST_PAYMENT_METHODS: Record<string, string> = {
  pm_card_visa: "4242424242424242",
  pm_card_visa_debit: "4000056655665556",
  pm_card_mastercard: "5555555555554444",
  pm_card_amex: "378282246310005",
  pm_card_bypassPending: "4000000000000077",
  pm_card_chargeDeclined: "4000000000000002",
  pm_card_chargeDeclinedInsufficientFunds: "4000000000009995",
  pm_card_chargeDeclinedExpiredCard: "4000000000000069",
  pm_card_chargeDeclinedIncorrectCvc: "4000000000000127",
  pm_card_chargeDeclinedProcessingError: "4000000000000119",
};

export type Decline = { code: string; decline_code: string; message: string };

export const DECLINES: Record<Exclude<CardOutcome, "succeed">, Decline> = {
  generic_decline: { code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." },
  insufficient_funds: {
    code: "card_declined",
    decline_code: "insufficient_funds",
    message: "Your card has insufficient funds.",
  },
  expired_card: { code: "expired_card", decline_code: "expired_card", message: "Your card has expired." },
  incorrect_cvc: {
    code: "incorrect_cvc",
    decline_code: "incorrect_cvc",
    message: "Your card's security code is incorrect.",
  },
  processing_error: {
    code: "processing_error",
    decline_code: "processing_error",
    message: "An error occurred while processing your card. Try again in a little bit.",
  },
};

export type ValidatedCard = { details: CardDetails; outcome: CardOutcome; cvcChecked: boolean };

function details(number: string, card: TestCard, expMonth: number, expYear: number): CardDetails {
  const fingerprint = createHash("sha256").update(number).digest("base64url").slice(0, 16);
  return {
    brand: card.brand,
    last4: number.slice(-4),
    exp_month: expMonth,
    exp_year: expYear,
    funding: card.funding,
    country: "US",
    fingerprint,
  };
}

/** The card behind a `pm_card_*` token, with an expiry a year ahead as Stripe's fixtures have. */
export function testTokenCard(token: string): ValidatedCard | undefined {
  const number = TEST_PAYMENT_METHODS[token];
  if (!number) return undefined;
  const card = TEST_CARDS[number];
  const now = new Date();
  return {
    details: details(number, card, now.getUTCMonth() + 1, now.getUTCFullYear() + 1),
    outcome: card.outcome,
    cvcChecked: true,
  };
}

/** Validates raw card fields (`card[number]`, `card[exp_month]`, ...) the way Stripe's tokenizer does. */
function validateCard(card: Params): ValidatedCard {
  const param = (k: string) => card.name(k);
  const number = card.string("number", { required: true })!.replace(/[\s-]/g, "");
  const testCard = TEST_CARDS[number];
  if (!testCard)
    throw cardError({ code: "incorrect_number", message: "Your card number is incorrect.", param: param("number") });
  const month = card.integer("exp_month", { required: true })!;
  if (month < 1 || month > 12)
    throw cardError({
      code: "invalid_expiry_month",
      message: "Your card's expiration month is invalid.",
      param: param("exp_month"),
    });
  let year = card.integer("exp_year", { required: true })!;
  if (year >= 0 && year < 100) year += 2000;
  const now = new Date();
  if (year > now.getUTCFullYear() + 50)
    throw cardError({
      code: "invalid_expiry_year",
      message: "Your card's expiration year is invalid.",
      param: param("exp_year"),
    });
  if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1)) {
    throw cardError({ code: "expired_card", message: "Your card has expired.", param: param("exp_year") });
  }
  const cvc = card.string("cvc");
  if (cvc !== undefined && !/^\d{3,4}$/.test(cvc))
    throw cardError({ code: "invalid_cvc", message: "Your card's security code is invalid.", param: param("cvc") });
  return { details: details(number, testCard, month, year), outcome: testCard.outcome, cvcChecked: cvc !== undefined };
}

/** Card fields of a PaymentMethod creation (`type=card&card[...]`), shared by /v1/payment_methods and payment_method_data. */
export function cardFromPaymentMethodParams(p: Params): ValidatedCard {
  p.allowOnly(["type", "card", "billing_details", "metadata", "allow_redisplay"]);
  const type = p.string("type", { required: true });
  if (type !== "card")
    throw paramError(`The local Stripe stand-in only supports PaymentMethods of type card, not ${type}.`, {
      param: p.name("type"),
    });
  const card = p.object("card", { required: true })!;
  card.allowOnly(["number", "exp_month", "exp_year", "cvc", "networks"]);
  return validateCard(card);
}
