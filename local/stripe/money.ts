// Currency rules the stand-in enforces the way Stripe does: minimum charge amounts and how amounts read in messages.

// Stripe's zero-decimal currencies: the amount is already in the main unit
const ZERO_DECIMAL = new Set([
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
]);

// Stripe's minimum charge per currency in minor units (https://docs.stripe.com/currencies#minimum-and-maximum-charge-amounts)
const MINIMUM_CHARGE: Record<string, number> = {
  usd: 50,
  eur: 50,
  gbp: 30,
  cad: 50,
  aud: 50,
  chf: 50,
  jpy: 50,
  nzd: 50,
  sek: 300,
  nok: 300,
  dkk: 250,
  mxn: 1000,
};

export const MAXIMUM_AMOUNT = 99_999_999;

export function minimumCharge(currency: string): number {
  return MINIMUM_CHARGE[currency] ?? 50;
}

/** `$12.50` for usd, `12.50 eur` otherwise, `500 jpy` for zero-decimal currencies, as in Stripe's error messages. */
export function formatAmount(amount: number, currency: string): string {
  const value = ZERO_DECIMAL.has(currency) ? String(amount) : (amount / 100).toFixed(2);
  return currency === "usd" ? `$${value}` : `${value} ${currency}`;
}
