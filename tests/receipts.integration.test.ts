// GET /api/v1/bookings/:id/receipt.pdf and /calendar.ics through their real route handlers: who may download them
// (the traveller, the trip's vendor, an admin; 404 for anyone else) and what the files say.
import { inflateSync } from "node:zlib";
import { PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { GET as getCalendar, POST as postCalendar } from "@/app/api/v1/bookings/[id]/calendar.ics/route";
import { GET as getReceipt } from "@/app/api/v1/bookings/[id]/receipt.pdf/route";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { getBookingReceipt } from "@/lib/bookings/booking-receipt";
import { renderReceiptPdf } from "@/lib/bookings/receipt-pdf";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { refundPayment } from "@/lib/payments/refund-payment";
import { makeTravellers } from "./support/catalogue";
import { makeAdmin, paidBooking, vendorWithDeparture } from "./support/payouts";

// next-auth cannot load under vitest; these requests authenticate with bearer tokens
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => null }));

type Handler = typeof getReceipt;
const call = async (handler: Handler, bookingId: string, userId?: string, file = "receipt.pdf") => {
  const headers: Record<string, string> = userId
    ? { authorization: `Bearer ${(await issueApiToken(userId)).token}` }
    : {};
  return handler(new Request(`http://localhost/api/v1/bookings/${bookingId}/${file}`, { headers }), {
    params: Promise.resolve({ id: bookingId }),
  });
};

/** The text a PDF draws: pdf-lib writes each run as a hex string shown with Tj, in Flate-compressed content streams. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const runs: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const compressed = object.dict.get(PDFName.of("Filter")) === PDFName.of("FlateDecode");
    const content = Buffer.from(compressed ? inflateSync(object.contents) : object.contents).toString("latin1");
    for (const [, hex] of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g))
      runs.push(Buffer.from(hex, "hex").toString("latin1"));
  }
  return runs.join("\n");
}

let ctx: Awaited<ReturnType<typeof setup>>;
async function setup() {
  const { vendor, trip, departure } = await vendorWithDeparture({ price: 10_000 });
  await db.trip.update({ where: { id: trip.id }, data: { title: `Cliffs, caves; coves ${trip.id}`, durationDays: 3 } });
  const { booking, payment, traveller } = await paidBooking(departure.id, 2);
  const admin = await makeAdmin();
  await refundPayment(admin, payment.id, 5_000);
  const [stranger] = await makeTravellers(1);
  const { vendor: otherVendor } = await vendorWithDeparture();
  return { vendor, trip, departure, booking, traveller, admin, stranger, otherVendor };
}
beforeAll(async () => {
  ctx = await setup();
});

describe("who may download", () => {
  test.each([
    ["the traveller", () => ctx.traveller.id, 200],
    ["the trip's vendor", () => ctx.vendor.id, 200],
    ["an admin", () => ctx.admin.id, 200],
    ["another traveller", () => ctx.stranger.id, 404],
    ["another vendor", () => ctx.otherVendor.id, 404],
  ])("%s → %i for both files", async (_, who, status) => {
    for (const [handler, file] of [
      [getReceipt, "receipt.pdf"],
      [getCalendar, "calendar.ics"],
    ] as const) {
      const res = await call(handler, ctx.booking.id, who(), file);
      expect(res.status, file).toBe(status);
      if (status === 404) expect((await res.json()).error.code).toBe("not_found");
    }
  });

  test("no caller → 401; a booking that does not exist → 404; POST → 405 naming GET", async () => {
    expect((await call(getReceipt, ctx.booking.id)).status).toBe(401);
    expect((await call(getCalendar, "no-such-booking", ctx.admin.id, "calendar.ics")).status).toBe(404);
    const post = postCalendar(new Request(`http://localhost/api/v1/bookings/${ctx.booking.id}/calendar.ics`));
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("the receipt PDF", () => {
  test("a one-page PDF attachment named by the code, with what was paid, refunded and kept", async () => {
    const { booking, traveller, departure } = ctx;
    const res = await call(getReceipt, booking.id, traveller.id);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="travellr-${booking.code}.pdf"`);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe(`Travellr receipt ${booking.code}`);

    const text = await pdfText(bytes);
    expect(text).toContain(`Booking ${booking.code}`);
    expect(text).toContain(`Cliffs, caves; coves ${ctx.trip.id}`);
    expect(text).toContain("Testville, Testland");
    // the departure on its own clock (Lisbon), as the booking page shows it
    const when = formatDateTime(departure.startsAt, "Europe/Lisbon").replace(/[\u202F\u00A0]/g, " ");
    expect(text).toContain(`${when} (Europe/Lisbon)`);
    expect(text).toContain("3 days");
    expect(text).toContain("2 seats at $100");
    expect(text).toContain(`${traveller.name} (${traveller.email})`);
    expect(text).toContain("Test Vendor");
    expect(text).toContain("Partly refunded");
    // 2 × $100 charged, $50 refunded: each figure right after its label
    expect(text).toMatch(/2 x \$100\n\$200\nPaid\n\$200\nRefunded\n-\$50\nNet paid\n\$150/);
  });

  test("the trip's vendor sees who booked but not their email address", async () => {
    const res = await call(getReceipt, ctx.booking.id, ctx.vendor.id);
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain(ctx.traveller.name);
    expect(text).not.toContain(ctx.traveller.email);
    expect(text).toContain(ctx.booking.code);
  });

  test("characters the PDF's standard font cannot write become their Latin base or ?, never a failed download", async () => {
    const receipt = await getBookingReceipt(ctx.admin, ctx.booking.id);
    const pdf = await renderReceiptPdf({ ...receipt, trip: { ...receipt.trip, title: "Kraków → Łódź 東京" } });
    expect(await pdfText(pdf)).toContain("Kraków ? Lódz ??");
  });
});

describe("the calendar file", () => {
  test("one event in the departure's time zone, named by the trip, with the code", async () => {
    const { booking, departure, vendor } = ctx;
    const res = await call(getCalendar, booking.id, vendor.id, "calendar.ics");
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="travellr-${booking.code}.ics"`);
    const ics = await res.text();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const lines = ics.replace(/\r\n /g, "").split("\r\n");
    const local = (d: Date) =>
      new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Lisbon", dateStyle: "short", timeStyle: "medium" })
        .format(d)
        .replace(/[-: ]/g, (c) => (c === " " ? "T" : ""));
    expect(lines).toContain(`UID:${booking.id}@travellr`);
    expect(lines).toContain(`DTSTART;TZID=Europe/Lisbon:${local(departure.startsAt)}`);
    expect(lines).toContain("TZID:Europe/Lisbon");
    expect(lines).toContain(`SUMMARY:Cliffs\\, caves\\; coves ${ctx.trip.id}`);
    expect(lines).toContain("LOCATION:Testville\\, Testland");
    expect(lines.find((l) => l.startsWith("DESCRIPTION:"))).toContain(`Booking ${booking.code}`);
    expect(lines).toContain("STATUS:CONFIRMED");
    const end = lines.find((l) => l.startsWith("DTEND;TZID=Europe/Lisbon:"))!;
    expect(end.slice(-6)).toBe(local(departure.startsAt).slice(-6));
  });
});
