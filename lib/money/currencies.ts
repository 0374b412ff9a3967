import { AppError } from "../errors";

/**
 * The currencies the platform accepts: each is one Stripe charges in, with its minor-unit exponent (amounts are
 * stored as integers of that unit: cents for usd, whole yen for jpy, a zero-decimal currency) and Stripe's minimum
 * charge in that unit (https://docs.stripe.com/currencies#minimum-and-maximum-charge-amounts). A price below the
 * minimum could be saved but never paid (Stripe refuses the PaymentIntent), so it is refused when it is set.
 */
export const CURRENCIES = {
  usd: { exponent: 2, minimumCharge: 50 },
  eur: { exponent: 2, minimumCharge: 50 },
  gbp: { exponent: 2, minimumCharge: 30 },
  cad: { exponent: 2, minimumCharge: 50 },
  aud: { exponent: 2, minimumCharge: 50 },
  nzd: { exponent: 2, minimumCharge: 50 },
  chf: { exponent: 2, minimumCharge: 50 },
  sgd: { exponent: 2, minimumCharge: 50 },
  hkd: { exponent: 2, minimumCharge: 400 },
  sek: { exponent: 2, minimumCharge: 300 },
  nok: { exponent: 2, minimumCharge: 300 },
  dkk: { exponent: 2, minimumCharge: 250 },
  pln: { exponent: 2, minimumCharge: 200 },
  czk: { exponent: 2, minimumCharge: 1500 },
  mxn: { exponent: 2, minimumCharge: 1000 },
  jpy: { exponent: 0, minimumCharge: 50 },
} as const satisfies Record<string, { exponent: number; minimumCharge: number }>;

export type CurrencyCode = keyof typeof CURRENCIES;
export const CURRENCY_CODES = Object.keys(CURRENCIES) as CurrencyCode[];

/** Stripe's largest charge, in minor units (99,999,999: $999,999.99 for usd). */
export const MAXIMUM_CHARGE = 99_999_999;

export const isCurrencyCode = (value: string): value is CurrencyCode => Object.hasOwn(CURRENCIES, value);

/** Stripe's minimum charge in the currency's minor unit, e.g. 50 for usd ($0.50), 30 for gbp, 50 for jpy (¥50). */
export function minimumCharge(currency: string): number {
  if (!isCurrencyCode(currency)) throw new RangeError(`unsupported currency: ${currency}`);
  return CURRENCIES[currency].minimumCharge;
}

/** "0.50 USD", "50 JPY": an amount of minor units as people read it, for messages. */
function formatMinor(amount: number, currency: CurrencyCode): string {
  const { exponent } = CURRENCIES[currency];
  return `${(amount / 10 ** exponent).toFixed(exponent)} ${currency.toUpperCase()}`;
}

/** The message when a price is below what Stripe can charge, or null when it can be paid. */
export function belowMinimumMessage(amount: number, currency: string): string | null {
  if (!isCurrencyCode(currency)) return `${currency} is not a currency the platform accepts`;
  const min = minimumCharge(currency);
  return amount < min
    ? `must be at least ${formatMinor(min, currency)} (${min} minor units), the smallest amount Stripe can charge in ${currency.toUpperCase()}`
    : null;
}

/** 422 naming the field when an amount cannot be charged in the currency (checked where a price is set). */
export function assertChargeable(amount: number, currency: string, field: string) {
  const message = belowMinimumMessage(amount, currency);
  if (message)
    throw new AppError("validation_failed", `${field} ${message}`, {
      details: { formErrors: [], fieldErrors: { [field]: [message] } },
    });
}
