// CSV (RFC 4180) for the exports and statements.

/**
 * One field: quoted when needed; text that a spreadsheet would run as a formula is prefixed with an apostrophe (a plain
 * number, negative ones included, is left as it is).
 */
function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || /^-?\d+(\.\d+)?$/.test(value)) return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF-terminated. Numbers are written as they are (a negative amount stays a number). */
export const csvRow = (fields: (string | number | null | undefined)[]) => `${fields.map(csvField).join(",")}\r\n`;
