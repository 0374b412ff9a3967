// The hosted Connect onboarding an account link points to (`/_local/connect/onboard/:account`): a small form standing
// in for Stripe's. Submitting it enables the account (charges, payouts, transfers), emits account.updated and sends
// the browser back to the link's return_url; an expired link goes to refresh_url, as Stripe's do.
import type { IncomingMessage, ServerResponse } from "node:http";
import { completeOnboarding } from "./accounts";
import type { EventLog } from "./events";
import { nowSeconds } from "./ids";
import type { Store } from "./store";
import type { Account } from "./types";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Only http(s) URLs are followed: the query string is the browser's to edit. */
function safeUrl(value: string | null): string | undefined {
  return value && /^https?:\/\//i.test(value) ? value : undefined;
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
  *{box-sizing:border-box} body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;background:#f6f9fc;color:#1a1f36}
  .banner{background:#fff4e5;color:#8a4b00;text-align:center;padding:6px;font-size:13px;border-bottom:1px solid #f5d9b0}
  main{max-width:460px;margin:48px auto;background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(26,31,54,.08);padding:32px}
  h1{font-size:22px;margin:0 0 4px} p.lead{color:#545969;margin:0 0 24px}
  label{display:block;font-weight:600;font-size:13px;margin:16px 0 6px}
  input{width:100%;padding:10px 12px;border:1px solid #d5dbe1;border-radius:6px;font:inherit}
  input:focus{outline:2px solid #635bff;outline-offset:1px;border-color:#635bff}
  .hint{font-size:12px;color:#697386;margin-top:4px}
  button{margin-top:28px;width:100%;padding:12px;border:0;border-radius:6px;background:#635bff;color:#fff;font:600 15px system-ui,sans-serif;cursor:pointer}
  button:hover{background:#5046e5} button:focus-visible{outline:3px solid #a5a0ff;outline-offset:2px}
  a{color:#635bff} .secondary{display:block;text-align:center;margin-top:16px;font-size:14px}
  code{background:#f0f2f5;padding:1px 5px;border-radius:4px;font-size:13px}
</style></head>
<body><div class="banner" role="note">Test mode: local Stripe stand-in, no real account or money is involved</div>
<main>${body}</main></body></html>`;
}

function formPage(account: Account, action: string, returnUrl: string | undefined): string {
  const field = (id: string, label: string, value: string, extra = "") =>
    `<label for="${id}">${label}</label><input id="${id}" name="${id}" value="${escape(value)}" ${extra}>`;
  return layout(
    "Set up payouts",
    `<h1>Set up payouts</h1>
<p class="lead">Account <code>${escape(account.id)}</code> (${escape(account.type)}, ${escape(account.country)})${account.details_submitted ? " has already completed onboarding; you can submit again." : " needs a few details before it can receive transfers and payouts."}</p>
<form method="post" action="${escape(action)}">
  ${field("business_name", "Business name", account.business_profile.name ?? "Test business", 'autocomplete="organization" required')}
  ${field("email", "Email", account.email ?? "", 'type="email" autocomplete="email"')}
  ${field("routing_number", "Routing number", "110000000", 'inputmode="numeric" aria-describedby="bank-hint" readonly')}
  ${field("account_number", "Account number", "000123456789", 'inputmode="numeric" aria-describedby="bank-hint" readonly')}
  <p class="hint" id="bank-hint">Stripe's test bank account; payouts to it always succeed.</p>
  <button type="submit">Complete onboarding</button>
</form>
${returnUrl ? `<a class="secondary" href="${escape(returnUrl)}">Return without completing</a>` : ""}`,
  );
}

function sendHtml(res: ServerResponse, status: number, html: string) {
  res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  res.end(html);
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(303, { Location: location });
  res.end();
}

export async function handleOnboarding(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: { store: Store; events: EventLog; readBody(req: IncomingMessage): Promise<string> },
) {
  const id = decodeURIComponent(url.pathname.split("/").pop() ?? "");
  const account = Object.hasOwn(deps.store.state.accounts, id) ? deps.store.state.accounts[id] : undefined;
  if (!account)
    return sendHtml(
      res,
      404,
      layout(
        "Unknown account",
        `<h1>Unknown account</h1><p class="lead">No connected account <code>${escape(id)}</code> exists on this stand-in.</p>`,
      ),
    );
  const returnUrl = safeUrl(url.searchParams.get("return_url"));
  const refreshUrl = safeUrl(url.searchParams.get("refresh_url"));
  if (req.method === "POST") {
    const form = new URLSearchParams(await deps.readBody(req));
    completeOnboarding(deps.store, deps.events, id, {
      businessName: form.get("business_name")?.trim() || undefined,
      email: form.get("email")?.trim() || undefined,
    });
    deps.store.changed();
    if (returnUrl) return redirect(res, returnUrl);
    return sendHtml(
      res,
      200,
      layout(
        "Onboarding complete",
        `<h1>Onboarding complete</h1><p class="lead">Account <code>${escape(id)}</code> can now receive transfers and payouts.</p>`,
      ),
    );
  }
  const expiresAt = Number(url.searchParams.get("expires_at") ?? Infinity);
  if (expiresAt < nowSeconds()) {
    if (refreshUrl) return redirect(res, refreshUrl);
    return sendHtml(
      res,
      410,
      layout(
        "Link expired",
        `<h1>This link has expired</h1><p class="lead">Ask the platform for a new onboarding link.</p>`,
      ),
    );
  }
  sendHtml(res, 200, formPage(account, `${url.pathname}${url.search}`, returnUrl));
}
