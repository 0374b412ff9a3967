import "server-only";
import { pgRows, sql } from "../db-pool";
import { deliverEmail } from "../email/deliver-email";
import { env } from "../env";
import { notFound } from "../errors";
import { formatDateTime, formatMoney } from "../format";
import { notifyUser, type Recipient } from "./notify-user";

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
  const [b] = await pgRows<{
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
    SELECT b."userId", b.code, b.seats, b."totalAmount", b.currency, t.title, t."vendorId", d."startsAt", d."timeZone",
      u.email AS "travellerEmail", u.active AS "travellerActive", v.email AS "vendorEmail", v.active AS "vendorActive"
    FROM bookings b JOIN trips t ON t.id = b."tripId" JOIN departures d ON d.id = b."departureId"
      JOIN users u ON u.id = b."userId" JOIN users v ON v.id = t."vendorId"
    WHERE b.id = ${bookingId}`);
  if (!b) throw notFound("Booking");
  return {
    bookingId,
    code: b.code,
    tripTitle: b.title,
    when: formatDateTime(b.startsAt, b.timeZone),
    seats: b.seats,
    total: formatMoney(b.totalAmount, b.currency),
    travellerId: b.userId,
    vendorId: b.vendorId,
    link: `/bookings/${bookingId}`,
    vendorLink: "/vendor",
    recipients: {
      traveller: { email: b.travellerEmail, active: b.travellerActive },
      vendor: { email: b.vendorEmail, active: b.vendorActive },
    },
  };
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
  const userId = notice.to === "traveller" ? ctx.travellerId : ctx.vendorId;
  const link = notice.to === "traveller" ? ctx.link : ctx.vendorLink;
  const { emailId } = await notifyUser({
    userId,
    type: notice.type,
    title: notice.title,
    body: notice.paragraphs[0],
    link,
    email: {
      template: "notice",
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
  });
  if (emailId) await deliverEmail(emailId);
  return { emailId };
}
