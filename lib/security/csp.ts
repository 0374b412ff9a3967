// The Content-Security-Policy of every page: scripts only with this request's nonce ('strict-dynamic' lets Next.js
// and Stripe.js load their own chunks), nothing framed from elsewhere, Stripe allowed where checkout needs it.

export interface CspOptions {
  nonce: string;
  /** `next dev` needs eval for fast refresh; a production build never gets it */
  dev: boolean;
  /** local mode: the checkout's card form talks to the Stripe stand-in on 127.0.0.1 */
  stripeStandInOrigin?: string;
  /** served over https: ask browsers to upgrade any stray http sub-resource */
  https: boolean;
}

export function buildCsp({ nonce, dev, stripeStandInOrigin, https }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      "https://js.stripe.com",
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    // React style attributes and Radix/Recharts inline styles cannot carry a nonce; styles cannot run code
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", "https:"],
    ["font-src", "'self'", "data:"],
    [
      "connect-src",
      "'self'",
      "https://api.stripe.com",
      "https://m.stripe.network",
      ...(stripeStandInOrigin ? [stripeStandInOrigin] : []),
      ...(dev ? ["ws:"] : []),
    ],
    ["frame-src", "https://js.stripe.com", "https://hooks.stripe.com"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
    ["base-uri", "'self'"],
    ["object-src", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Headers that every response carries, pages and assets alike. */
export function staticSecurityHeaders({ hsts }: { hsts: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy":
      'camera=(), microphone=(), geolocation=(), browsing-topics=(), payment=(self "https://js.stripe.com")',
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(hsts ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
