// Review and reply lengths the forms show as well as the schemas enforce. Kept apart from schemas.ts (which imports
// zod) so a client component can import them without shipping zod to the browser.

export const COMMENT_MIN = 10;
export const COMMENT_MAX = 2000;
export const REPLY_MIN = 2;
export const REPLY_MAX = 2000;
