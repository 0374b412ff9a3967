// Display formatting shared by pages, jobs and emails. Money arrives in minor units (cents) and is only divided here, for display.

// Building an Intl.NumberFormat is the costly part (locale and currency data), so each locale and currency gets its
// two formatters once: whole amounts without decimals ("$120"), others with the currency's digits ("$120.50").
const moneyFormats = new Map<string, { digits: number; whole: Intl.NumberFormat; exact: Intl.NumberFormat }>();

function moneyFormat(code: string, locale: string) {
  const key = `${locale}|${code}`;
  let format = moneyFormats.get(key);
  if (!format) {
    const exact = new Intl.NumberFormat(locale, { style: "currency", currency: code });
    const digits = exact.resolvedOptions().maximumFractionDigits ?? 2;
    const whole = new Intl.NumberFormat(locale, { style: "currency", currency: code, minimumFractionDigits: 0 });
    format = { digits, whole, exact };
    moneyFormats.set(key, format);
  }
  return format;
}

export function formatMoney(amountMinor: number, currency = "usd", locale = "en-US") {
  const { digits, whole, exact } = moneyFormat(currency.toUpperCase(), locale);
  return (amountMinor % 10 ** digits === 0 ? whole : exact).format(amountMinor / 10 ** digits);
}

/** The price of 1, 2, … `count` seats at `unitMinor` each, formatted (a booking form's totals). */
export function seatTotals(unitMinor: number, currency: string, count: number) {
  return Array.from({ length: count }, (_, i) => formatMoney(unitMinor * (i + 1), currency));
}

export function formatDate(date: Date, timeZone = "UTC", locale = "en-US") {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(date);
}

export function formatDateTime(date: Date, timeZone: string, locale = "en-US") {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(date);
}
