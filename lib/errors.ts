// One error type for the whole domain; lib/api/errors.ts turns it into HTTP.
export const ERROR_STATUS = {
  bad_request: 400,
  malformed_json: 400,
  // a password-reset link that is unknown, used or expired: the client should offer to request a new one
  invalid_token: 400,
  // an upload that is empty or not one of the accepted image types (read from its bytes)
  invalid_image: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  email_taken: 409,
  sold_out: 409,
  invalid_state: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  idempotency_key_reused: 422,
  below_minimum: 422,
  payouts_not_enabled: 409,
  refund_exceeds_payment: 409,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  /** extra response headers, e.g. Retry-After */
  readonly headers?: Record<string, string>;

  constructor(code: ErrorCode, message: string, options: { details?: unknown; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
    this.headers = options.headers;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = "Resource") => new AppError("not_found", `${what} not found`);
export const forbidden = (message = "You are not allowed to do this") => new AppError("forbidden", message);
