// Apart from notification-feed.ts (which reaches zod through pagination) so the bell, a client component on every
// page, does not ship zod to the browser.

/** How many of the latest notifications the header's bell lists (it scrolls; /notifications has them all). */
export const BELL_LIMIT = 20;
