import { AppError } from "../errors";

// A key is a relative path of plain segments ("trips/0b9c….png"). Every segment starts with a letter or digit, so
// "..", ".", hidden names and empty segments (a leading "/", "//") are impossible, and backslashes, "%" and spaces are
// refused outright: a key can never name a file outside the storage directory, whatever decoding happens on the way.
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const MAX_KEY_LENGTH = 512;

export function isSafeKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split("/").every((segment) => SEGMENT.test(segment));
}

export function assertSafeKey(key: string): void {
  if (!isSafeKey(key))
    throw new AppError("bad_request", `Not a valid storage key: ${JSON.stringify(key.slice(0, 80))}`);
}

/** A listing prefix is the start of some key: "" (everything), "trips/" or "trips/ab". */
export function assertSafePrefix(prefix: string): void {
  // any safe key extended by one letter keeps its shape, so the prefix is safe exactly when prefix + "x" is a key
  if (!isSafeKey(`${prefix}x`))
    throw new AppError("bad_request", `Not a valid storage prefix: ${JSON.stringify(prefix.slice(0, 80))}`);
}
