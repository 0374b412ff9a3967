import { z } from "zod";
import type { toAuditDto } from "../admin/list-audit";
import type { toAdminBookingDto } from "../admin/list-bookings";
import type { Analytics } from "../admin/analytics";
import type { toWebhookDto } from "../admin/webhook-dto";
import type { previewCancellation } from "../bookings/cancel-booking";
import type { VendorEarnings } from "../ledger/vendor-earnings";
import type { toNotificationDto } from "../notifications/list-notifications";
import type { RunSummary } from "../payouts/run-scheduled-payouts";
import type { toSearchResultDto } from "../trips/search-sql";
import { TripDto } from "../trips/trip-dto";
import { BookingStatusName, CurrencyCode, IsoDateTime, MinorUnits, NullableDateTime, PolicyName } from "./fields";

// Response schemas of the shapes built outside the DTO files. Each is tied to the function that builds it by a
// compile-time check below, so a renamed or dropped field fails `tsc` before it reaches a client.

export const AuditEntry = z.object({
  id: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  data: z.unknown().describe("Action-specific JSON"),
  actor: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  createdAt: IsoDateTime,
});

export const AdminBooking = z.object({
  id: z.string(),
  code: z.string().describe("Short human booking code, e.g. TRV-7K3M9Q"),
  status: BookingStatusName,
  seats: z.number().int(),
  totalAmount: MinorUnits,
  refundedAmount: MinorUnits,
  currency: CurrencyCode,
  createdAt: IsoDateTime,
  traveller: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  trip: z.object({ id: z.string(), title: z.string(), vendorId: z.string() }),
  departure: z.object({ startsAt: IsoDateTime, timeZone: z.string() }),
});

export const WebhookEvent = z.object({
  id: z.string(),
  type: z.string(),
  livemode: z.boolean(),
  status: z.enum(["processed", "failed", "pending"]),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  receivedAt: IsoDateTime,
  processedAt: NullableDateTime,
});

export const Notification = z.object({
  id: z.string(),
  type: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: IsoDateTime,
});

// a search hit is a published trip (its card fields, without the trip page's content) with its next departure
export const TripSearchResult = TripDto.omit({
  itinerary: true,
  meetingPoint: true,
  included: true,
  notIncluded: true,
  maxGroupSize: true,
  languages: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  departures: true,
}).extend({
  status: z.literal("published"),
  nextDeparture: z.object({ startsAt: IsoDateTime, timeZone: z.string(), seatsLeft: z.number().int() }),
});

export const CancellationPreview = z.object({
  refundAmount: MinorUnits,
  percent: z.number().describe("Share of the payment refunded, 0–100"),
  currency: CurrencyCode,
  policy: PolicyName,
  cancelledBy: z.string(),
});

export const Earnings = z.object({
  currency: CurrencyCode,
  pending: MinorUnits,
  available: MinorUnits,
  paidOut: MinorUnits,
  balance: MinorUnits,
  lifetimeGross: MinorUnits,
  lifetimeCommission: MinorUnits,
});

const Counts = z.object({
  pending: z.number().int(),
  confirmed: z.number().int(),
  completed: z.number().int(),
  cancelled: z.number().int(),
  expired: z.number().int(),
});
export const AnalyticsReport = z.object({
  from: z.string(),
  to: z.string(),
  interval: z.enum(["day", "week", "month"]),
  currency: CurrencyCode,
  gmv: MinorUnits,
  platformRevenue: MinorUnits,
  refunds: MinorUnits,
  bookingsByStatus: Counts,
  averageOrderValue: z.number(),
  conversionRate: z.number(),
  series: z.array(
    z.object({
      date: z.string(),
      gmv: MinorUnits,
      platformRevenue: MinorUnits,
      refunds: MinorUnits,
      bookings: z.number().int(),
    }),
  ),
  topTrips: z.array(z.object({ tripId: z.string(), title: z.string(), gmv: MinorUnits, bookings: z.number().int() })),
  topVendors: z.array(
    z.object({ vendorId: z.string(), displayName: z.string(), gmv: MinorUnits, platformRevenue: MinorUnits }),
  ),
});

export const PayoutRunSummary = z.object({
  paid: z.number().int(),
  failed: z.number().int(),
  pending: z.number().int(),
  notEnabled: z.number().int(),
  belowMinimum: z.number().int(),
  amount: MinorUnits,
});

export const WaitlistEntry = z.object({
  id: z.string(),
  departureId: z.string(),
  tripId: z.string(),
  tripTitle: z.string(),
  startsAt: IsoDateTime,
  timeZone: z.string(),
  seats: z.number().int(),
  seatsLeft: z.number().int(),
  notified: z.boolean(),
  createdAt: IsoDateTime,
});
export const WaitlistJoined = z.object({
  id: z.string(),
  departureId: z.string(),
  seats: z.number().int(),
  createdAt: IsoDateTime,
});

/** Fails to compile when what a function returns no longer fits the schema published for it. */
type Publishes<Built extends Schema, Schema> = Built;
type Out<S extends z.ZodType> = z.output<S>;
export type PublishedShapes = [
  Publishes<ReturnType<typeof toAuditDto>, Out<typeof AuditEntry>>,
  Publishes<ReturnType<typeof toAdminBookingDto>, Out<typeof AdminBooking>>,
  Publishes<ReturnType<typeof toWebhookDto>, Out<typeof WebhookEvent>>,
  Publishes<ReturnType<typeof toNotificationDto>, Out<typeof Notification>>,
  Publishes<ReturnType<typeof toSearchResultDto>, Out<typeof TripSearchResult>>,
  Publishes<Awaited<ReturnType<typeof previewCancellation>>, Out<typeof CancellationPreview>>,
  Publishes<VendorEarnings, Out<typeof Earnings>>,
  Publishes<Analytics, Out<typeof AnalyticsReport>>,
  Publishes<RunSummary, Out<typeof PayoutRunSummary>>,
];
