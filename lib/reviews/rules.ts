// The review rules that pages, the API and the use cases share; pure, so they are unit-tested without a database.

/** A review can be edited this long after it was first written. */
export const REVIEW_EDIT_DAYS = 14;
const DAY_MS = 86_400_000;

export function editableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + REVIEW_EDIT_DAYS * DAY_MS);
}

export function isEditable(createdAt: Date, now = new Date()): boolean {
  return now < editableUntil(createdAt);
}

export interface TripRating {
  /** the mean of the visible reviews' stars to one decimal; null without reviews */
  average: number | null;
  count: number;
}

/** A trip's rating from the totals the database keeps on the trip (visible reviews only). */
export function tripRating(t: { ratingSum: number; ratingCount: number }): TripRating {
  const count = Number(t.ratingCount);
  return { average: count > 0 ? Math.round((Number(t.ratingSum) / count) * 10) / 10 : null, count };
}

/** How a reviewer is shown publicly: first name and the initial of the last ("Theo T."), never the full name. */
export function reviewerName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return "A traveller";
  const [first, ...rest] = parts;
  const last = rest.at(-1);
  return last ? `${first} ${last[0].toUpperCase()}.` : first;
}
