// One API request, the way Stripe processes it: parse the form-encoded parameters, authenticate, route, apply the
// idempotency key, run the handler, expand, and answer JSON with a `Request-Id`. Errors become Stripe's error shape.
import type { IncomingMessage, ServerResponse } from "node:http";
import { authError, paramError, routeMissing, StripeApiError } from "./errors";
import type { EventLog } from "./events";
import { canonical, type FormObject, parseForm } from "./form";
import type { IdempotencyKeys } from "./idempotency";
import { expand } from "./lists";
import { Params } from "./params";
import type { Ctx, Router } from "./routes";
import type { Store } from "./store";

const MAX_BODY = 1024 * 1024;

export type ApiDeps = {
  store: Store;
  events: EventLog;
  idempotency: IdempotencyKeys;
  router: Router;
  webhooks: Ctx["webhooks"];
  baseUrl: () => string;
  later: Ctx["later"];
  log: (m: string) => void;
};

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY) throw paramError("Request bodies are limited to 1 MB.");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const NO_KEY =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.";

const redact = (key: string) => `${key.slice(0, key.indexOf("_", 3) + 1)}${"*".repeat(4)}${key.slice(-4)}`;

/** Bearer or Basic auth as the SDK and curl send it, or a `key` form field as Stripe.js sends a publishable key. */
function authenticate(header: string | undefined, data: FormObject): "secret" | "publishable" {
  const formKey = typeof data.key === "string" ? data.key : undefined;
  delete data.key;
  let key = formKey;
  if (header?.startsWith("Bearer ")) key = header.slice(7).trim();
  else if (header?.startsWith("Basic ")) key = Buffer.from(header.slice(6), "base64").toString("utf8").split(":")[0];
  if (!key) throw authError(NO_KEY);
  if (/^(sk|rk)_test_\w+$/.test(key)) return "secret";
  if (/^pk_test_\w+$/.test(key)) return "publishable";
  if (/_live_/.test(key))
    throw authError(
      `Invalid API Key provided: ${redact(key)}. The local Stripe stand-in only runs in test mode: use an sk_test_ key.`,
    );
  throw authError(`Invalid API Key provided: ${redact(key)}`);
}

function parseParams(req: IncomingMessage, url: URL, raw: string): FormObject {
  const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (raw.length > 0 && type !== "application/x-www-form-urlencoded") {
    throw paramError(
      `Invalid request: unsupported Content-Type ${type || "(none)"}. The Stripe API accepts application/x-www-form-urlencoded bodies.`,
    );
  }
  // parameters may come in the query string too (curl -G, Stripe.js GETs); the body wins on a clash
  return { ...parseForm(url.search.slice(1)), ...parseForm(raw) };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value || undefined;
}

export async function handleApi(deps: ApiDeps, req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
  const method = req.method ?? "GET";
  const apiVersion = header(req, "stripe-version");
  const idempotencyKey = method === "POST" ? header(req, "idempotency-key") : undefined;
  const headers: Record<string, string> = { "Content-Type": "application/json", "Cache-Control": "no-cache, no-store" };
  if (apiVersion) headers["Stripe-Version"] = apiVersion;
  if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
  let status = 200;
  let body: unknown;
  try {
    const data = parseParams(req, url, await readBody(req));
    // from here to the stored result nothing awaits: see routes.ts
    const auth = authenticate(header(req, "authorization"), data);
    if (header(req, "stripe-account"))
      throw paramError(
        "The local Stripe stand-in does not support the Stripe-Account header (requests on behalf of connected accounts).",
      );
    const match = deps.router.match(method, url.pathname);
    if (!match) throw routeMissing(method, url.pathname);
    if (auth === "publishable" && !match.route.publishable) {
      throw authError(
        "This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.",
      );
    }
    const params = new Params(data);
    const paths = params.stringList("expand");
    const fingerprint = canonical(data);
    const replay = idempotencyKey
      ? deps.idempotency.lookup(idempotencyKey, method, url.pathname, fingerprint).replay
      : undefined;
    if (replay) {
      headers["Idempotent-Replayed"] = "true";
      headers["Original-Request"] = replay.requestId;
      status = replay.status;
      body = replay.body;
    } else {
      const ctx: Ctx = {
        params,
        args: match.args,
        auth,
        request: { id: requestId, idempotency_key: idempotencyKey ?? null, apiVersion },
        store: deps.store,
        events: deps.events,
        baseUrl: deps.baseUrl(),
        webhooks: deps.webhooks,
        later: deps.later,
      };
      let stored = true;
      let executed = false;
      try {
        const result = match.route.handle(ctx);
        executed = true;
        status = result.status ?? 200;
        body = expand(deps.store, result.body, paths);
      } catch (error) {
        ({ status, body } = errorResponse(error, deps.log));
        // an unexpandable path fails the response after the work is done: that outcome is stored like any other
        stored = executed || !(error instanceof StripeApiError && error.beforeExecution);
      }
      if (idempotencyKey && stored) {
        deps.idempotency.save(idempotencyKey, {
          method,
          path: url.pathname,
          fingerprint,
          status,
          body,
          requestId,
          createdAt: Date.now(),
        });
      }
      if (method !== "GET") deps.store.changed();
    }
  } catch (error) {
    ({ status, body } = errorResponse(error, deps.log));
  }
  const json = JSON.stringify(body, null, 2);
  res.writeHead(status, { ...headers, "Content-Length": String(Buffer.byteLength(json)) });
  res.end(json);
}

function errorResponse(error: unknown, log: (m: string) => void): { status: number; body: unknown } {
  if (error instanceof StripeApiError) return { status: error.status, body: { error: error.body } };
  log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return {
    status: 500,
    body: {
      error: { type: "api_error", message: "An unexpected error occurred in the local Stripe stand-in; see its log." },
    },
  };
}
