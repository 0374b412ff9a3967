import "server-only";
import { pgRows, sql } from "../db-pool";
import { deliverEmails } from "../email/deliver-email";
import { env } from "../env";
import { notFound } from "../errors";
import { formatDateTime, formatMoney } from "../format";
import { notifyUsers, type Recipient } from "./notify-user";

export interface BookingContext {
  bookingId: string;
  /** the short code (TRV-7K3M9Q) people quote to the operator or support */
  code: string;
  tripTitle: string;
  when: string;
  seats: number;
  total: string;
  travellerId: string;
  vendorId: string;
  link: string;
  vendorLink: string;
  /** read with the booking, so sending a notice does not look each user up again */
  recipients: Record<Notice["to"], Recipient>;
}

/** One query for everything a booking notice needs, the recipients' addresses included. */
export async function loadBookingContext(bookingId: string): Promise<BookingContext> {
  const ctx = (await loadBookingContexts([bookingId])).get(bookingId);
  if (!ctx) throw notFound("Booking");
  return ctx;
}

/** The contexts of many bookings (a batch of notices) in one query, by booking id; a missing booking is absent. */
export async function loadBookingContexts(bookingIds: string[]): Promise<Map<string, BookingContext>> {
  const rows = await pgRows<{
    id: string;
    userId: string;
    code: string;
    seats: number;
    totalAmount: number;
    currency: string;
    title: string;
    vendorId: string;
    startsAt: Date;
    timeZone: string;
    travellerEmail: string;
    travellerActive: boolean;
    vendorEmail: string;
    vendorActive: boolean;
  }>(sql`
    SELECT b.id, b."userId", b.code, b.seats, b."totalAmount", b.currency, t.title, t."vendorId", d."startsAt",
      d."timeZone", u.email AS "travellerEmail", u.active AS "travellerActive", v.email AS "vendorEmail",
      v.active AS "vendorActive"
    FROM bookings b JOIN trips t ON t.id = b."tripId" JOIN departures d ON d.id = b."departureId"
      JOIN users u ON u.id = b."userId" JOIN users v ON v.id = t."vendorId"
    WHERE b.id = ANY(${[...new Set(bookingIds)]}::text[])`);
  return new Map(
    rows.map((b) => [
      b.id,
      {
        bookingId: b.id,
        code: b.code,
        tripTitle: b.title,
        when: formatDateTime(b.startsAt, b.timeZone),
        seats: b.seats,
        total: formatMoney(b.totalAmount, b.currency),
        travellerId: b.userId,
        vendorId: b.vendorId,
        link: `/bookings/${b.id}`,
        vendorLink: "/vendor",
        recipients: {
          traveller: { email: b.travellerEmail, active: b.travellerActive },
          vendor: { email: b.vendorEmail, active: b.vendorActive },
        },
      },
    ]),
  );
}

export interface Notice {
  to: "traveller" | "vendor";
  type: string;
  title: string;
  paragraphs: string[];
  ctaLabel?: string;
}

/** Writes one party's in-app notification and email, then delivers the email; every part is idempotent. */
export async function sendBookingNotice(ctx: BookingContext, notice: Notice, dedupeKey: string) {
  const [sent] = await sendBookingNoticeList([{ ctx, notice, dedupeKey }]);
  return sent;
}

/**
 * Many parties' notices (a batch of booking events): every notification and email written in one statement, then the
 * emails delivered (without SMTP, one more statement). Results in the order given.
 */
export async function sendBookingNoticeList(list: { ctx: BookingContext; notice: Notice; dedupeKey: string }[]) {
  const written = await notifyUsers(
    list.map(({ ctx, notice, dedupeKey }) => {
      const link = notice.to === "traveller" ? ctx.link : ctx.vendorLink;
      return {
        userId: notice.to === "traveller" ? ctx.travellerId : ctx.vendorId,
        type: notice.type,
        title: notice.title,
        body: notice.paragraphs[0],
        link,
        email: {
          template: "notice" as const,
          data: {
            title: notice.title,
            // every booking email names the booking by its code, which is what the receipt and support ask for
            paragraphs: [...notice.paragraphs, `Booking code: ${ctx.code}`],
            ctaLabel: notice.ctaLabel ?? "View booking",
            ctaUrl: `${env().APP_URL}${link}`,
          },
        },
        dedupeKey,
        recipient: ctx.recipients[notice.to],
      };
    }),
  );
  await deliverEmails(written.flatMap((w) => (w.emailId ? [w.emailId] : [])));
  return written.map(({ emailId }) => ({ emailId }));
}
