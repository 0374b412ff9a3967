import { randomInt } from "node:crypto";

// The short human code of a booking, e.g. TRV-7K3M9Q: what travellers read out on the phone and type into a search
// box, so the alphabet leaves out 0/O, 1/I/L. 31^6 ≈ 887 million codes; the unique index on bookings.code catches the
// rare collision and createBooking draws again. The database default (prisma/migrations/*_booking_code) uses the same
// alphabet for rows written outside createBooking.

export const BOOKING_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const PREFIX = "TRV-";
const LENGTH = 6;
const BODY = new RegExp(`^[${BOOKING_CODE_ALPHABET}]{${LENGTH}}$`);
const PATTERN = new RegExp(`^${PREFIX}[${BOOKING_CODE_ALPHABET}]{${LENGTH}}$`);

/** A fresh random code; `randomInt` is crypto-strong and unbiased, so codes cannot be guessed from each other. */
export function newBookingCode(): string {
  let code = PREFIX;
  for (let i = 0; i < LENGTH; i++) code += BOOKING_CODE_ALPHABET[randomInt(BOOKING_CODE_ALPHABET.length)];
  return code;
}

export const isBookingCode = (value: string) => PATTERN.test(value);

/**
 * What someone typed, as a booking code, or null when it cannot be one: any letter case, spaces around it, with or
 * without the `TRV-` prefix ("trv-7k3m9q", "7K3M9Q" and "TRV 7K3M9Q" all find TRV-7K3M9Q).
 */
export function parseBookingCode(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/\s+/g, "");
  // a bare body wins: TRVABC is a code of its own, not TRV- followed by ABC
  const body = BODY.test(compact) ? compact : compact.replace(/^TRV-?/, "");
  const code = PREFIX + body;
  return isBookingCode(code) ? code : null;
}
