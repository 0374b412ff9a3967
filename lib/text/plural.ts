/**
 * "1 seat", "2 seats", "0 bookings": a count with its noun, for pages and messages. English only, like the rest of
 * the UI; an irregular plural is passed in ("1 person", "3 people").
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
