import { CURRENCIES, isCurrencyCode } from "./currencies";

/** Digits after the decimal point of a currency's minor unit (2 for usd, 0 for jpy): the platform's table first. */
export function minorDigits(currency: string) {
  if (isCurrencyCode(currency)) return CURRENCIES[currency].exponent;
  return (
    new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** Minor units → a plain decimal string ("-1234.05"), computed with integers so no cent is lost to floats. */
export function minorToDecimal(amount: number, currency: string): string {
  const digits = minorDigits(currency);
  const abs = Math.abs(amount);
  const sign = amount < 0 ? "-" : "";
  if (digits === 0) return `${sign}${abs}`;
  const unit = 10 ** digits;
  return `${sign}${Math.floor(abs / unit)}.${String(abs % unit).padStart(digits, "0")}`;
}

const DECIMAL = /^(\d{1,12})(?:\.(\d{1,6}))?$/;

/**
 * What a person types as an amount ("420", "420.5", "420.50" dollars; "5000" yen) → minor units of the currency, or
 * null when it is not a plain non-negative decimal with at most the currency's minor digits (extra trailing zeros
 * are fine: "5000.00" yen). The only dollars→cents conversion: forms and search filters all read amounts here, so
 * a zero-decimal currency is never multiplied by 100. Integer arithmetic, so "0.29" is 29, not 28.999….
 */
export function decimalToMinor(input: string, currency: string): number | null {
  const match = DECIMAL.exec(input.trim());
  if (!match) return null;
  const [, whole, fraction = ""] = match;
  const digits = minorDigits(currency);
  if (/[^0]/.test(fraction.slice(digits))) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.slice(0, digits).padEnd(digits, "0") || "0");
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units → the value a form field starts with: "420" for a whole amount, "420.50" otherwise, "5000" yen. */
export function minorToInput(amount: number, currency: string): string {
  const decimal = minorToDecimal(amount, currency);
  return decimal.replace(/\.0+$/, "");
}

/** Examples for a hint or an error message: "420 or 420.50" in usd, "420" in jpy. */
export function amountExamples(whole: number, currency: string): string {
  return minorDigits(currency) === 0 ? String(whole) : `${whole} or ${whole}.50`;
}
