// Stripe's error responses: `{"error": {type, code, message, param, ...}}` with the HTTP status the SDK maps to its
// error classes (400/404 → StripeInvalidRequestError or, for type idempotency_error, StripeIdempotencyError;
// 401 → StripeAuthenticationError; 402 → StripeCardError; 5xx → StripeAPIError).

type ErrorType = "invalid_request_error" | "card_error" | "idempotency_error" | "api_error";

export type StripeErrorBody = {
  type: ErrorType;
  message: string;
  code?: string;
  decline_code?: string;
  param?: string;
  doc_url?: string;
  charge?: string;
  payment_intent?: unknown;
  payment_method?: unknown;
};

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
    /** Stripe saves no idempotent result when a request fails validation before it starts executing */
    readonly beforeExecution = false,
  ) {
    super(body.message);
  }
}

export function docUrl(code: string): string {
  return `https://stripe.com/docs/error-codes/${code.replaceAll("_", "-")}`;
}

function body(type: ErrorType, message: string, extra: { code?: string; param?: string } = {}): StripeErrorBody {
  return { type, message, ...extra, ...(extra.code ? { doc_url: docUrl(extra.code) } : {}) };
}

/** A 400 raised after the request started executing (state conflicts, amount checks): stored for idempotent replay. */
export function invalidRequest(message: string, extra: { code?: string; param?: string } = {}): StripeApiError {
  return new StripeApiError(400, body("invalid_request_error", message, extra));
}

/** A 400 for malformed parameters: raised before any work, so never stored under an idempotency key. */
export function paramError(message: string, extra: { code?: string; param?: string } = {}): StripeApiError {
  return new StripeApiError(400, body("invalid_request_error", message, extra), true);
}

export const missingParam = (param: string) =>
  paramError(`Missing required param: ${param}.`, { code: "parameter_missing", param });
export const unknownParam = (param: string) =>
  paramError(`Received unknown parameter: ${param}`, { code: "parameter_unknown", param });

export function resourceMissing(kind: string, id: string, param = "id"): StripeApiError {
  return new StripeApiError(
    404,
    body("invalid_request_error", `No such ${kind}: '${id}'`, { code: "resource_missing", param }),
    true,
  );
}

export function authError(message: string): StripeApiError {
  return new StripeApiError(401, { type: "invalid_request_error", message }, true);
}

export function idempotencyError(message: string): StripeApiError {
  return new StripeApiError(400, { type: "idempotency_error", message }, true);
}

export function cardError(error: Omit<StripeErrorBody, "type" | "doc_url"> & { code: string }): StripeApiError {
  return new StripeApiError(402, { type: "card_error", ...error, doc_url: docUrl(error.code) });
}

export function routeMissing(method: string, path: string): StripeApiError {
  const message = `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`;
  return new StripeApiError(404, { type: "invalid_request_error", message }, true);
}
