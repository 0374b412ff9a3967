// Booking limits the UI shows as well as enforces. Kept apart from schemas.ts (which imports zod) so a client
// component can import them without shipping zod to the browser.

export const MAX_SEATS_PER_BOOKING = 20;
export const HOLD_MINUTES = 15;

/** How many seats a booking form offers on a departure: 1 up to the per-booking limit or the seats left. */
export const bookableSeats = (seatsLeft: number, maxSeats = MAX_SEATS_PER_BOOKING) =>
  Math.max(1, Math.min(maxSeats, seatsLeft));
