import "server-only";
import { db } from "../db";
import { deliverEmail } from "../email/deliver-email";
import { env } from "../env";
import { formatDateTime, formatMoney } from "../ui/format";
import { notifyUser } from "./notify-user";

export interface BookingContext {
  bookingId: string;
  tripTitle: string;
  when: string;
  seats: number;
  total: string;
  travellerId: string;
  vendorId: string;
  link: string;
  vendorLink: string;
}

export async function loadBookingContext(bookingId: string): Promise<BookingContext> {
  const b = await db.booking.findUniqueOrThrow({
    where: { id: bookingId },
    include: { trip: { select: { title: true, vendorId: true } }, departure: { select: { startsAt: true, timeZone: true } } },
  });
  return {
    bookingId,
    tripTitle: b.trip.title,
    when: formatDateTime(b.departure.startsAt, b.departure.timeZone),
    seats: b.seats,
    total: formatMoney(b.totalAmount, b.currency),
    travellerId: b.userId,
    vendorId: b.trip.vendorId,
    link: `/bookings/${bookingId}`,
    vendorLink: "/vendor",
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
    email: { template: "notice", data: { title: notice.title, paragraphs: notice.paragraphs, ctaLabel: notice.ctaLabel ?? "View booking", ctaUrl: `${env().APP_URL}${link}` } },
    dedupeKey,
  });
  if (emailId) await deliverEmail(emailId);
  return { emailId };
}
