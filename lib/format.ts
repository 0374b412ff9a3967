// Display formatting shared by pages, jobs and emails. Money arrives in minor units (cents) and is only divided here, for display.

export function formatMoney(amountMinor: number, currency = "usd", locale = "en-US") {
  const code = currency.toUpperCase();
  const digits =
    new Intl.NumberFormat(locale, { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: code,
    minimumFractionDigits: amountMinor % 10 ** digits === 0 ? 0 : digits,
  }).format(amountMinor / 10 ** digits);
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
