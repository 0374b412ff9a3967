// Connect: /v1/accounts and /v1/account_links. A new connected account can neither charge nor receive payouts until
// its owner completes the hosted onboarding the account link points to (served by the stand-in itself, onboarding.ts).
import { paramError } from "./errors";
import { type EventLog, NO_REQUEST, previousAttributes } from "./events";
import { newId, nowSeconds } from "./ids";
import { LIST_PARAMS, listOf, newestFirst } from "./lists";
import { applyMetadata, type Params } from "./params";
import type { Ctx, Route } from "./routes";
import type { Store } from "./store";
import type { Account, CapabilityStatus } from "./types";

const LINK_TTL_SECONDS = 300;
const PROFILE_FIELDS = ["name", "url", "mcc", "product_description", "support_email", "support_phone", "support_url"];
const EURO = [
  "AT",
  "BE",
  "CY",
  "DE",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PT",
  "SI",
  "SK",
];
const CURRENCY: Record<string, string> = {
  US: "usd",
  GB: "gbp",
  CA: "cad",
  AU: "aud",
  NZ: "nzd",
  JP: "jpy",
  CH: "chf",
  SE: "sek",
  NO: "nok",
  DK: "dkk",
  MX: "mxn",
  ...Object.fromEntries(EURO.map((c) => [c, "eur"])),
};
const ONBOARDING_REQUIREMENTS = [
  "business_profile.url",
  "external_account",
  "representative.first_name",
  "representative.last_name",
  "tos_acceptance.date",
  "tos_acceptance.ip",
];

function capabilities(p: Params | undefined, current: Record<string, CapabilityStatus>, onboarded: boolean) {
  const next = { ...current };
  for (const name of Object.keys(p?.data ?? {})) {
    const requested = p!.object(name, { required: true })!.allowOnly(["requested"]).boolean("requested");
    if (requested === false) delete next[name];
    // requested capabilities wait for onboarding; on an onboarded account they are granted at once
    else if (requested) next[name] = onboarded ? "active" : (next[name] ?? "inactive");
  }
  return next;
}

function profile(p: Params | undefined, current: Account["business_profile"]) {
  const next = { ...current };
  p?.allowOnly(PROFILE_FIELDS);
  for (const field of PROFILE_FIELDS) if (p?.has(field)) next[field] = p.string(field) ?? null;
  return next;
}

function create(ctx: Ctx) {
  const p = ctx.params.allowOnly([
    "type",
    "country",
    "email",
    "capabilities",
    "business_type",
    "business_profile",
    "metadata",
    "controller",
    "default_currency",
    "settings",
    "tos_acceptance",
    "individual",
    "company",
    "external_account",
  ]);
  const type = p.oneOf("type", ["express", "standard", "custom"]) ?? (p.has("controller") ? "none" : "standard");
  const country = (p.string("country") ?? "US").toUpperCase();
  if (!/^[A-Z]{2}$/.test(country))
    throw paramError(
      `Country '${country}' is unknown. Try using a 2-character alphanumeric country code instead, such as 'US', 'EG', or 'GB'.`,
      { param: "country" },
    );
  const requested = capabilities(p.object("capabilities"), {}, false);
  const account: Account = {
    id: newId("acct", 16),
    object: "account",
    type,
    business_type: p.oneOf("business_type", ["individual", "company", "non_profit", "government_entity"]) ?? null,
    business_profile: profile(p.object("business_profile"), {}),
    capabilities: Object.keys(requested).length > 0 ? requested : { card_payments: "inactive", transfers: "inactive" },
    charges_enabled: false,
    country,
    created: nowSeconds(),
    default_currency: p.currency("default_currency") ?? CURRENCY[country] ?? "usd",
    details_submitted: false,
    email: p.string("email") ?? null,
    metadata: applyMetadata({}, p.metadata()),
    payouts_enabled: false,
    requirements: {
      currently_due: [...ONBOARDING_REQUIREMENTS],
      eventually_due: [...ONBOARDING_REQUIREMENTS],
      past_due: [...ONBOARDING_REQUIREMENTS],
      disabled_reason: "requirements.past_due",
    },
  };
  ctx.store.state.accounts[account.id] = account;
  return { body: account };
}

function update(ctx: Ctx) {
  const p = ctx.params.allowOnly([
    "metadata",
    "email",
    "business_profile",
    "business_type",
    "capabilities",
    "default_currency",
    "settings",
    "tos_acceptance",
    "individual",
    "company",
  ]);
  const account = ctx.store.get("accounts", ctx.args[0], "account");
  const before = structuredClone(account);
  account.metadata = applyMetadata(account.metadata, p.metadata());
  if (p.has("email")) account.email = p.string("email") ?? null;
  if (p.has("business_type"))
    account.business_type =
      p.oneOf("business_type", ["individual", "company", "non_profit", "government_entity"]) ?? null;
  if (p.has("default_currency")) account.default_currency = p.currency("default_currency") ?? account.default_currency;
  account.business_profile = profile(p.object("business_profile"), account.business_profile);
  account.capabilities = capabilities(p.object("capabilities"), account.capabilities, account.details_submitted);
  const previous = previousAttributes(before, account);
  if (Object.keys(previous).length > 0) ctx.events.emit("account.updated", account, ctx.request, previous);
  return { body: account };
}

function remove(ctx: Ctx) {
  const account = ctx.store.get("accounts", ctx.args[0], "account");
  delete ctx.store.state.accounts[account.id];
  return { body: { id: account.id, object: "account", deleted: true } };
}

function httpUrl(p: Params, key: string): string | undefined {
  const value = p.string(key);
  if (value !== undefined && !/^https?:\/\//i.test(value))
    throw paramError(`Invalid URL: ${key} must be an http(s) URL`, { param: key });
  return value;
}

function accountLink(ctx: Ctx) {
  const p = ctx.params.allowOnly(["account", "refresh_url", "return_url", "type", "collect", "collection_options"]);
  const id = p.string("account", { required: true })!;
  const type = p.oneOf("type", ["account_onboarding", "account_update"], { required: true })!;
  const account = ctx.store.get("accounts", id, "account");
  const created = nowSeconds();
  const query = new URLSearchParams({ type, expires_at: String(created + LINK_TTL_SECONDS) });
  const returnUrl = httpUrl(p, "return_url");
  const refreshUrl = httpUrl(p, "refresh_url");
  if (returnUrl) query.set("return_url", returnUrl);
  if (refreshUrl) query.set("refresh_url", refreshUrl);
  return {
    body: {
      object: "account_link",
      created,
      expires_at: created + LINK_TTL_SECONDS,
      url: `${ctx.baseUrl}/_local/connect/onboard/${account.id}?${query}`,
    },
  };
}

/** What the hosted onboarding form submits: the account becomes able to charge and to receive transfers and payouts. */
export function completeOnboarding(
  store: Store,
  events: EventLog,
  id: string,
  details: { businessName?: string; email?: string },
) {
  const account = store.get("accounts", id, "account");
  const before = structuredClone(account);
  account.details_submitted = true;
  account.charges_enabled = true;
  account.payouts_enabled = true;
  account.capabilities = Object.fromEntries(
    Object.keys({ transfers: 1, ...account.capabilities }).map((name) => [name, "active" as const]),
  );
  account.requirements = { currently_due: [], eventually_due: [], past_due: [], disabled_reason: null };
  if (details.businessName) account.business_profile = { ...account.business_profile, name: details.businessName };
  if (details.email) account.email = details.email;
  const previous = previousAttributes(before, account);
  if (Object.keys(previous).length > 0) events.emit("account.updated", account, NO_REQUEST, previous);
  return account;
}

export const accountRoutes: Route[] = [
  { method: "POST", path: "/v1/accounts", handle: create },
  {
    method: "GET",
    path: "/v1/accounts",
    handle: ({ params, store }) => ({
      body: listOf(newestFirst(store.state.accounts), params.allowOnly([...LIST_PARAMS]), "/v1/accounts"),
    }),
  },
  {
    method: "GET",
    path: "/v1/accounts/:id",
    handle: ({ store, args }) => ({ body: store.get("accounts", args[0], "account") }),
  },
  { method: "POST", path: "/v1/accounts/:id", handle: update },
  { method: "DELETE", path: "/v1/accounts/:id", handle: remove },
  { method: "POST", path: "/v1/account_links", handle: accountLink },
];
