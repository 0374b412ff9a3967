import "server-only";
import type { BookingStatus } from "@prisma/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { ANALYTICS_TAG, cached } from "../cache/cache";
import { db } from "../db";
import { forbidden } from "../errors";
import type { AnalyticsQuery, Interval } from "./schemas";

export interface SeriesPoint {
  date: string;
  gmv: number;
  platformRevenue: number;
  refunds: number;
  bookings: number;
}

export interface Analytics {
  from: string;
  to: string;
  interval: Interval;
  currency: string;
  /** captured charges in the range */
  gmv: number;
  /** commission net of reversals in the range */
  platformRevenue: number;
  /** refunds that succeeded in the range */
  refunds: number;
  /** bookings created in the range, by their status now */
  bookingsByStatus: Record<BookingStatus, number>;
  /** gmv ÷ captured charges */
  averageOrderValue: number;
  /** confirmed ÷ created holds, for bookings created in the range (0–1) */
  conversionRate: number;
  series: SeriesPoint[];
  topTrips: { tripId: string; title: string; gmv: number; bookings: number }[];
  topVendors: { vendorId: string; displayName: string; gmv: number; platformRevenue: number }[];
}

const DAY = 86_400_000;
const STATUSES: BookingStatus[] = ["pending", "confirmed", "completed", "cancelled", "expired"];

/** The range asked for (default: the last 30 days up to now) and a sensible interval for its length. */
export function analyticsRange(query: Pick<AnalyticsQuery, "from" | "to" | "interval">, now = new Date()) {
  const to = query.to ?? now;
  const from = query.from ?? new Date(to.getTime() - 30 * DAY);
  const days = (to.getTime() - from.getTime()) / DAY;
  const interval: Interval = query.interval ?? (days <= 62 ? "day" : days <= 370 ? "week" : "month");
  return { from, to, interval };
}

/**
 * Marketplace figures for [from, to), from the ledger (money) and the bookings table (counts), set-based: one query
 * per figure family, never a loop over rows. Cached for 15 minutes under the analytics tag, which every booking and
 * money write invalidates after it commits, so a figure is never older than the last change.
 */
export async function getAnalytics(actor: Actor, query: AnalyticsQuery, now = new Date()): Promise<Analytics> {
  if (!can(actor.role, "analytics:read")) throw forbidden();
  const range = analyticsRange(query, now);
  const key = `analytics:${query.currency}:${range.from.toISOString()}:${range.to.toISOString()}:${range.interval}`;
  return cached(key, { ttlSeconds: 15 * 60, tags: [ANALYTICS_TAG] }, () => computeAnalytics({ ...range, currency: query.currency }));
}

export async function computeAnalytics({ from, to, interval, currency }: { from: Date; to: Date; interval: Interval; currency: string }): Promise<Analytics> {
  const [money, bookings, byStatus, topTrips, topVendors] = await Promise.all([
    db.$queryRaw<{ bucket: Date; gmv: bigint; charges: bigint; refunds: bigint; revenue: bigint }[]>`
      SELECT date_trunc(${interval}, e."createdAt", 'UTC') AS bucket,
        COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'cash' AND e.kind = 'charge'), 0)::bigint AS gmv,
        COUNT(*) FILTER (WHERE e.account = 'cash' AND e.kind = 'charge')::bigint AS charges,
        COALESCE(SUM(-e.amount) FILTER (WHERE e.account = 'cash' AND e.kind = 'refund'), 0)::bigint AS refunds,
        COALESCE(SUM(-e.amount) FILTER (WHERE e.account = 'platform_revenue'), 0)::bigint AS revenue
      FROM ledger_entries e
      WHERE e.account IN ('cash', 'platform_revenue') AND e.currency = ${currency} AND e."createdAt" >= ${from} AND e."createdAt" < ${to}
      GROUP BY 1`,
    db.$queryRaw<{ bucket: Date; created: bigint; confirmed: bigint }[]>`
      SELECT date_trunc(${interval}, b."createdAt", 'UTC') AS bucket, COUNT(*)::bigint AS created, COUNT(b."confirmedAt")::bigint AS confirmed
      FROM bookings b WHERE b.currency = ${currency} AND b."createdAt" >= ${from} AND b."createdAt" < ${to}
      GROUP BY 1`,
    db.$queryRaw<{ status: BookingStatus; n: bigint }[]>`
      SELECT status, COUNT(*)::bigint AS n FROM bookings WHERE currency = ${currency} AND "createdAt" >= ${from} AND "createdAt" < ${to} GROUP BY status`,
    db.$queryRaw<{ tripId: string; title: string; gmv: bigint; bookings: bigint }[]>`
      SELECT t.id AS "tripId", t.title, SUM(e.amount)::bigint AS gmv, COUNT(DISTINCT e."bookingId")::bigint AS bookings
      FROM ledger_entries e JOIN bookings b ON b.id = e."bookingId" JOIN trips t ON t.id = b."tripId"
      WHERE e.account = 'cash' AND e.currency = ${currency} AND e."createdAt" >= ${from} AND e."createdAt" < ${to}
      GROUP BY t.id, t.title ORDER BY gmv DESC, t.title LIMIT 5`,
    db.$queryRaw<{ vendorId: string; displayName: string | null; name: string; gmv: bigint; revenue: bigint }[]>`
      SELECT e."vendorId", max(v."displayName") AS "displayName", max(u.name) AS name,
        COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'cash'), 0)::bigint AS gmv,
        COALESCE(SUM(-e.amount) FILTER (WHERE e.account = 'platform_revenue'), 0)::bigint AS revenue
      FROM ledger_entries e JOIN users u ON u.id = e."vendorId" LEFT JOIN vendor_profiles v ON v."userId" = e."vendorId"
      WHERE e.account IN ('cash', 'platform_revenue') AND e.currency = ${currency} AND e."createdAt" >= ${from} AND e."createdAt" < ${to}
      GROUP BY e."vendorId" ORDER BY gmv DESC, e."vendorId" LIMIT 5`,
  ]);

  const series = buckets(from, to, interval).map((date): SeriesPoint => ({ date: date.toISOString(), gmv: 0, platformRevenue: 0, refunds: 0, bookings: 0 }));
  const at = new Map(series.map((p) => [p.date, p]));
  let charges = 0;
  for (const r of money) {
    const p = at.get(r.bucket.toISOString());
    if (!p) continue;
    p.gmv += Number(r.gmv);
    p.refunds += Number(r.refunds);
    p.platformRevenue += Number(r.revenue);
    charges += Number(r.charges);
  }
  let created = 0;
  let confirmed = 0;
  for (const r of bookings) {
    const p = at.get(r.bucket.toISOString());
    if (p) p.bookings += Number(r.created);
    created += Number(r.created);
    confirmed += Number(r.confirmed);
  }
  const gmv = series.reduce((s, p) => s + p.gmv, 0);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    interval,
    currency,
    gmv,
    platformRevenue: series.reduce((s, p) => s + p.platformRevenue, 0),
    refunds: series.reduce((s, p) => s + p.refunds, 0),
    bookingsByStatus: Object.fromEntries(STATUSES.map((s) => [s, Number(byStatus.find((r) => r.status === s)?.n ?? 0)])) as Record<BookingStatus, number>,
    averageOrderValue: charges ? Math.round(gmv / charges) : 0,
    conversionRate: created ? Math.round((confirmed / created) * 10_000) / 10_000 : 0,
    series,
    topTrips: topTrips.map((t) => ({ tripId: t.tripId, title: t.title, gmv: Number(t.gmv), bookings: Number(t.bookings) })),
    topVendors: topVendors.map((v) => ({ vendorId: v.vendorId, displayName: v.displayName ?? v.name, gmv: Number(v.gmv), platformRevenue: Number(v.revenue) })),
  };
}

/** The start of every bucket (UTC) that overlaps [from, to): days, ISO weeks starting Monday, or calendar months. */
export function buckets(from: Date, to: Date, interval: Interval): Date[] {
  const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), interval === "month" ? 1 : from.getUTCDate()));
  if (interval === "week") start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  const out: Date[] = [];
  for (const d = start; d < to && out.length < 1200; ) {
    out.push(new Date(d));
    if (interval === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (interval === "week") d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}
