import { z } from "zod";
import { BookingDto, PaymentDto, RefundDto } from "../bookings/booking-dto";
import { ERROR_STATUS, type ErrorCode } from "../errors";
import { DepartureDto, TripDto } from "../trips/trip-dto";
import { UserDto } from "../users/user-dto";
import { PayoutDto, VendorDto } from "../vendors/vendor-dto";
import * as responses from "./responses";

/** The error body of every non-2xx answer, as lib/api/errors.ts writes it. */
export const ErrorBody = z.object({
  error: z.object({
    code: z
      .enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]])
      .describe("Stable, machine-readable; switch on this, not on the message"),
    message: z.string().describe("For people; may change"),
    details: z
      .unknown()
      .optional()
      .describe("For validation_failed: `{formErrors, fieldErrors}`; for rate_limited: the wait"),
  }),
});

/** Response schemas published once under components/schemas and referenced wherever they appear. */
export const NAMED_SCHEMAS: Record<string, z.ZodType> = {
  Error: ErrorBody,
  User: UserDto,
  Trip: TripDto,
  Departure: DepartureDto,
  TripSearchResult: responses.TripSearchResult,
  Booking: BookingDto,
  Payment: PaymentDto,
  Refund: RefundDto,
  CancellationPreview: responses.CancellationPreview,
  Vendor: VendorDto,
  Payout: PayoutDto,
  Earnings: responses.Earnings,
  Notification: responses.Notification,
  WaitlistEntry: responses.WaitlistEntry,
  AdminBooking: responses.AdminBooking,
  AuditEntry: responses.AuditEntry,
  WebhookEvent: responses.WebhookEvent,
  Analytics: responses.AnalyticsReport,
  PayoutRunSummary: responses.PayoutRunSummary,
};

const header = (description: string, type: "integer" | "string" = "integer") => ({ description, schema: { type } });
export const HEADERS = {
  "X-RateLimit-Limit": header("Requests allowed in the current window"),
  "X-RateLimit-Remaining": header("Requests left in the current window"),
  "X-RateLimit-Reset": header("Unix time (seconds) when the window ends"),
  "Retry-After": header("Seconds to wait before trying again"),
  Allow: header("The methods this path serves", "string"),
  "Idempotent-Replayed": header(
    "`true` when this is the stored response of an earlier request with the same Idempotency-Key",
    "string",
  ),
};

const RATE = {
  "X-RateLimit-Limit": { $ref: "#/components/headers/X-RateLimit-Limit" },
  "X-RateLimit-Remaining": { $ref: "#/components/headers/X-RateLimit-Remaining" },
  "X-RateLimit-Reset": { $ref: "#/components/headers/X-RateLimit-Reset" },
};
export const RATE_LIMIT_HEADERS = RATE;

/** The error responses, keyed by status; each operation lists those it can answer. */
export const ERROR_RESPONSES: Record<number, { name: string; description: string; headers?: Record<string, unknown> }> =
  {
    400: {
      name: "BadRequest",
      description:
        "Malformed JSON or an empty body (`bad_request`, `malformed_json`), a password-reset token that is unknown, used or expired (`invalid_token`), or an upload that is not a JPEG, PNG, WebP, AVIF or GIF image (`invalid_image`)",
    },
    401: {
      name: "Unauthenticated",
      description: "No valid bearer token or session (`unauthenticated`, `invalid_credentials`)",
    },
    403: {
      name: "Forbidden",
      description:
        "The caller's role may not do this (`forbidden`), or a cookie request from another origin (`csrf_failed`)",
    },
    404: { name: "NotFound", description: "No such resource, or one the caller may not see (`not_found`)" },
    405: {
      name: "MethodNotAllowed",
      description: "The path does not serve this method (`method_not_allowed`); `Allow` lists those it does",
      headers: { Allow: { $ref: "#/components/headers/Allow" } },
    },
    409: {
      name: "Conflict",
      description:
        "The resource's state does not allow this (`conflict`, `sold_out`, `invalid_state`, `email_taken`, `payouts_not_enabled`, `refund_exceeds_payment`)",
    },
    413: {
      name: "PayloadTooLarge",
      description: "The body is larger than 64 KiB, or an uploaded image larger than 5 MB (`payload_too_large`)",
    },
    415: {
      name: "UnsupportedMediaType",
      description: "The body is not `application/json` (`multipart/form-data` for uploads) (`unsupported_media_type`)",
    },
    422: {
      name: "ValidationFailed",
      description:
        "The body or query does not match its schema (`validation_failed`, `idempotency_key_reused`, `below_minimum`); `details.fieldErrors` names the fields",
    },
    429: {
      name: "RateLimited",
      description: "Over a rate limit (`rate_limited`): wait `Retry-After` seconds",
      headers: { "Retry-After": { $ref: "#/components/headers/Retry-After" }, ...RATE },
    },
  };
