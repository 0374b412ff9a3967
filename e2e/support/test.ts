import { type APIRequestContext, type APIResponse, test as base, expect } from "@playwright/test";
import { createResponseValidator } from "./openapi-validator";

// The api specs import `test` and `expect` from here: their `request` fixture checks every /api/v1 response against
// the schema /api/v1/openapi.json documents for its operation and status, so a field that is missing, renamed or of
// the wrong type fails the test that received it. Everything else is re-exported from @playwright/test.
export * from "@playwright/test";

type Validator = ReturnType<typeof createResponseValidator>;
// one fetch of the document per worker process
let validator: Promise<Validator> | undefined;

function loadValidator(request: APIRequestContext): Promise<Validator> {
  validator ??= (async () => {
    const res = await request.get("/api/v1/openapi.json");
    if (!res.ok()) throw new Error(`GET /api/v1/openapi.json answered ${res.status()}`);
    return createResponseValidator(await res.json());
  })();
  return validator;
}

const METHODS = {
  get: "GET",
  post: "POST",
  put: "PUT",
  patch: "PATCH",
  delete: "DELETE",
  head: "HEAD",
  fetch: "",
} as const;

async function verify(request: APIRequestContext, method: string, response: APIResponse) {
  const url = new URL(response.url());
  if (!url.pathname.startsWith("/api/v1/")) return;
  const problems = (await loadValidator(request)).check({
    method,
    path: url.pathname,
    status: response.status(),
    contentType: response.headers()["content-type"] ?? "",
    body: method === "HEAD" ? "" : (await response.body()).toString("utf8"),
  });
  if (problems.length)
    throw new Error(`The response does not match the OpenAPI document:\n${problems.slice(0, 10).join("\n")}`);
}

/** The request context with every call's response checked against the document. */
function validating(request: APIRequestContext): APIRequestContext {
  return new Proxy(request, {
    get(target, prop, receiver) {
      const original = Reflect.get(target, prop, receiver);
      if (typeof original !== "function") return original;
      if (typeof prop !== "string" || !(prop in METHODS)) return original.bind(target);
      return async (urlOrRequest: string | { method(): string }, options?: { method?: string }) => {
        const response: APIResponse = await original.call(target, urlOrRequest, options);
        const method =
          METHODS[prop as keyof typeof METHODS] ||
          (options?.method ?? (typeof urlOrRequest === "string" ? "GET" : urlOrRequest.method())).toUpperCase();
        await verify(target, method, response);
        return response;
      };
    },
  });
}

export const test = base.extend({
  request: async ({ request }, provide) => {
    await provide(validating(request));
  },
});
export { expect };
