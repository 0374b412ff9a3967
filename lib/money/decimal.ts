import { CURRENCIES, isCurrencyCode } from "./currencies";

/** Digits after the decimal point of a currency's minor unit (2 for usd, 0 for jpy): the platform's table first. */
export function minorDigits(currency: string) {
  if (isCurrencyCode(currency)) return CURRENCIES[currency].exponent;
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2;
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
