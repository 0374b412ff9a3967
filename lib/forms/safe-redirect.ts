// Where to send a user after logging in or signing up: only a path on this site, so a crafted link
// (/login?callbackUrl=https://evil.example) cannot send anyone elsewhere.
const BASE = "http://travellr.invalid";

/**
 * The same-site path in `value`, or `fallback`. Judged the way a browser will read it: URL parsing turns `/\evil`
 * into `//evil` and drops tabs and newlines (`/\t/evil`), so the check is on the parsed origin, and the parsed path is
 * what is returned.
 */
export function safeRedirectPath(value: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : fallback;
}

/**
 * A link to the login or sign-up page that brings the user back to `returnTo` afterwards; the home page needs no
 * parameter, and neither do the auth pages themselves.
 */
export function authHref(page: "/login" | "/register", returnTo: string | null | undefined): string {
  const path = safeRedirectPath(returnTo, "/");
  if (path === "/" || /^\/(login|register|forgot-password|reset-password)\b/.test(path)) return page;
  return `${page}?callbackUrl=${encodeURIComponent(path)}`;
}
