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

/**
 * The whole UTC days asked for: `from`'s day through `to`'s day (default: the 30 days up to today), and a sensible
 * interval for the length. `to` in the answer is the exclusive end (the midnight after the last day).
 */
function analyticsRange(query: Pick<AnalyticsQuery, "from" | "to" | "interval">, now = new Date()) {
  const midnight = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const to = new Date(midnight(query.to ?? now).getTime() + DAY);
  const from = query.from ? midnight(query.from) : new Date(to.getTime() - 30 * DAY);
  const days = (to.getTime() - from.getTime()) / DAY;
  const interval: Interval = query.interval ?? (days <= 62 ? "day" : days <= 370 ? "week" : "month");
  return { from, to, interval };
}

/**
 * Marketplace figures for whole UTC days, read from daily counters that triggers keep exact in the same transaction
 * as every ledger entry and booking change (so a few thousand counter rows, not every entry, are summed): GMV =
 * captured charges, refunds = refunds that succeeded, platform revenue = commission net of reversals, all by the day
 * the money moved; bookings by status and conversion (confirmed ÷ created holds) for bookings made in the range.
 * Cached for 15 minutes under the analytics tag, which every booking and money write invalidates after it commits.
 */
export async function getAnalytics(actor: Actor, query: AnalyticsQuery, now = new Date()): Promise<Analytics> {
  if (!can(actor.role, "analytics:read")) throw forbidden();
  const range = analyticsRange(query, now);
  const key = `analytics:${query.currency}:${range.from.toISOString()}:${range.to.toISOString()}:${range.interval}`;
  return cached(key, { ttlSeconds: 15 * 60, tags: [ANALYTICS_TAG] }, () =>
    computeAnalytics({ ...range, currency: query.currency }),
  );
}

/** The range's figures and those of the period of as many days just before it, for "change vs previous period". */
export async function getAnalyticsComparison(actor: Actor, query: AnalyticsQuery, now = new Date()) {
  const range = analyticsRange(query, now);
  const length = range.to.getTime() - range.from.getTime();
  const lastDay = (end: Date) => new Date(end.getTime() - DAY);
  const [current, previous] = await Promise.all([
    getAnalytics(actor, { ...query, from: range.from, to: lastDay(range.to), interval: range.interval }, now),
    getAnalytics(
      actor,
      { ...query, from: new Date(range.from.getTime() - length), to: lastDay(range.from), interval: range.interval },
      now,
    ),
  ]);
  return { range, current, previous };
}

export async function computeAnalytics({
  from,
  to,
  interval,
  currency,
}: {
  from: Date;
  to: Date;
  interval: Interval;
  currency: string;
}): Promise<Analytics> {
  const first = from.toISOString().slice(0, 10);
  const last = new Date(to.getTime() - 1).toISOString().slice(0, 10);
  const [money, bookings, topTrips, topVendors] = await Promise.all([
    db.$queryRaw<{ bucket: string; gmv: bigint; charges: bigint; refunds: bigint; revenue: bigint }[]>`
      SELECT to_char(date_trunc(${interval}, day::timestamp), 'YYYY-MM-DD') AS bucket,
        SUM(gmv)::bigint AS gmv, SUM(charges)::bigint AS charges, SUM(refunds)::bigint AS refunds, SUM(revenue)::bigint AS revenue
      FROM analytics_daily_money WHERE currency = ${currency} AND day BETWEEN ${first}::date AND ${last}::date
      GROUP BY 1`,
    db.$queryRaw<{ bucket: string; kind: string; n: bigint }[]>`
      SELECT to_char(date_trunc(${interval}, day::timestamp), 'YYYY-MM-DD') AS bucket, kind, SUM(n)::bigint AS n
      FROM analytics_daily_bookings WHERE currency = ${currency} AND day BETWEEN ${first}::date AND ${last}::date
      GROUP BY 1, 2`,
    db.$queryRaw<{ tripId: string; title: string; gmv: bigint; bookings: bigint }[]>`
      SELECT m."tripId", t.title, SUM(m.gmv - m.refunds)::bigint AS gmv, SUM(m.charges)::bigint AS bookings
      FROM analytics_daily_money m JOIN trips t ON t.id = m."tripId"
      WHERE m.currency = ${currency} AND m.day BETWEEN ${first}::date AND ${last}::date
      GROUP BY m."tripId", t.title ORDER BY gmv DESC, t.title LIMIT 5`,
    db.$queryRaw<{ vendorId: string; displayName: string | null; name: string; gmv: bigint; revenue: bigint }[]>`
      SELECT m."vendorId", max(v."displayName") AS "displayName", max(u.name) AS name, SUM(m.gmv - m.refunds)::bigint AS gmv, SUM(m.revenue)::bigint AS revenue
      FROM analytics_daily_money m JOIN users u ON u.id = m."vendorId" LEFT JOIN vendor_profiles v ON v."userId" = m."vendorId"
      WHERE m.currency = ${currency} AND m.day BETWEEN ${first}::date AND ${last}::date
      GROUP BY m."vendorId" ORDER BY gmv DESC, m."vendorId" LIMIT 5`,
  ]);

  const series = buckets(from, to, interval).map((date): SeriesPoint => ({
    date: date.toISOString(),
    gmv: 0,
    platformRevenue: 0,
    refunds: 0,
    bookings: 0,
  }));
  const at = new Map(series.map((p) => [p.date.slice(0, 10), p]));
  let charges = 0;
  for (const r of money) {
    const p = at.get(r.bucket);
    if (!p) continue;
    p.gmv += Number(r.gmv);
    p.refunds += Number(r.refunds);
    p.platformRevenue += Number(r.revenue);
    charges += Number(r.charges);
  }
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<BookingStatus, number>;
  let confirmed = 0;
  for (const r of bookings) {
    const n = Number(r.n);
    if (r.kind === "confirmed_ever") {
      confirmed += n;
      continue;
    }
    byStatus[r.kind as BookingStatus] += n;
    const p = at.get(r.bucket);
    if (p) p.bookings += n;
  }
  const created = STATUSES.reduce((s, k) => s + byStatus[k], 0);
  const gmv = series.reduce((s, p) => s + p.gmv, 0);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    interval,
    currency,
    gmv,
    platformRevenue: series.reduce((s, p) => s + p.platformRevenue, 0),
    refunds: series.reduce((s, p) => s + p.refunds, 0),
    bookingsByStatus: byStatus,
    averageOrderValue: charges ? Math.round(gmv / charges) : 0,
    conversionRate: created ? Math.round((confirmed / created) * 10_000) / 10_000 : 0,
    series,
    topTrips: topTrips.map((t) => ({
      tripId: t.tripId,
      title: t.title,
      gmv: Number(t.gmv),
      bookings: Number(t.bookings),
    })),
    topVendors: topVendors.map((v) => ({
      vendorId: v.vendorId,
      displayName: v.displayName ?? v.name,
      gmv: Number(v.gmv),
      platformRevenue: Number(v.revenue),
    })),
  };
}

/** The start of every bucket (UTC) that overlaps [from, to): days, ISO weeks starting Monday, or calendar months. */
function buckets(from: Date, to: Date, interval: Interval): Date[] {
  const start = new Date(
    Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), interval === "month" ? 1 : from.getUTCDate()),
  );
  if (interval === "week") start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  const out: Date[] = [];
  for (const d = start; d < to && out.length < 1200;) {
    out.push(new Date(d));
    if (interval === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (interval === "week") d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}
