// A departure's passenger list (the vendor's bookings page and GET /api/v1/departures/:id/passengers.csv) and the
// preview the cancel-departure dialog shows, against the real database and the Stripe stand-in.
import { beforeAll, describe, expect, test, vi } from "vitest";
import { GET as getPassengersCsv } from "@/app/api/v1/departures/[id]/passengers.csv/route";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { createBooking } from "@/lib/bookings/create-booking";
import { db } from "@/lib/db";
import { refundPayment } from "@/lib/payments/refund-payment";
import { cancelDeparture } from "@/lib/trips/cancel-departure";
import { previewDepartureCancellation } from "@/lib/trips/preview-departure-cancellation";
import { listDeparturePassengers, listUpcomingPassengerLists } from "@/lib/vendors/list-departure-passengers";
import { makeTravellers } from "./support/catalogue";
import { makeAdmin, paidBooking, vendorWithDeparture } from "./support/payouts";

// next-auth cannot load under vitest; these requests authenticate with bearer tokens
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => null }));

const csv = async (departureId: string, userId?: string) => {
  const headers: Record<string, string> = userId
    ? { authorization: `Bearer ${(await issueApiToken(userId)).token}` }
    : {};
  return getPassengersCsv(
    new Request(`http://localhost/api/v1/departures/${departureId}/passengers.csv`, { headers }),
    { params: Promise.resolve({ id: departureId }) },
  );
};

let ctx: Awaited<ReturnType<typeof setup>>;
async function setup() {
  const { vendor, trip, departure } = await vendorWithDeparture({ price: 10_000 });
  // a confirmed booking whose traveller left contact details a spreadsheet would otherwise run or split
  const paid = await paidBooking(departure.id, 2);
  await db.booking.update({
    where: { id: paid.booking.id },
    data: {
      contactName: '=HYPERLINK("http://evil")',
      contactPhone: "+351 912 345 678",
      notes: 'Vegan, "no nuts"\nThanks',
    },
  });
  await db.user.update({ where: { id: paid.traveller.id }, data: { name: "Ana Paid" } });
  // a hold not paid yet, and a booking cancelled earlier: the first is on the list, the second is not
  const [holder, leaver] = await makeTravellers(2);
  await db.user.update({ where: { id: holder.id }, data: { name: "Hugo Hold", phone: "555-0100" } });
  const hold = await createBooking(holder, { departureId: departure.id, seats: 1 });
  const gone = await createBooking(leaver, { departureId: departure.id, seats: 1 });
  await db.booking.update({ where: { id: gone.booking.id }, data: { status: "cancelled", cancelledAt: new Date() } });
  const admin = await makeAdmin();
  const { vendor: otherVendor } = await vendorWithDeparture();
  return { vendor, trip, departure, paid, hold: hold.booking, holder, admin, otherVendor };
}
beforeAll(async () => {
  ctx = await setup();
});

describe("passenger list", () => {
  test("the trip's vendor sees its pending and confirmed bookings with their contact details", async () => {
    const { passengers, trip } = await listDeparturePassengers(ctx.vendor, ctx.departure.id);
    expect(trip.id).toBe(ctx.trip.id);
    expect(passengers).toEqual([
      {
        bookingId: ctx.paid.booking.id,
        code: ctx.paid.booking.code,
        name: '=HYPERLINK("http://evil")',
        email: ctx.paid.traveller.email,
        phone: "+351 912 345 678",
        seats: 2,
        status: "confirmed",
        notes: 'Vegan, "no nuts"\nThanks',
      },
      {
        bookingId: ctx.hold.id,
        code: ctx.hold.code,
        name: "Hugo Hold",
        email: ctx.holder.email,
        phone: "555-0100",
        seats: 1,
        status: "pending",
        notes: null,
      },
    ]);
  });

  test("an admin may read it; another vendor gets a 404 as if it did not exist", async () => {
    expect((await listDeparturePassengers(ctx.admin, ctx.departure.id)).passengers).toHaveLength(2);
    await expect(listDeparturePassengers(ctx.otherVendor, ctx.departure.id)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  test("the bookings page lists the vendor's own upcoming departures only", async () => {
    const mine = await listUpcomingPassengerLists(ctx.vendor);
    expect(mine.map((l) => l.departure.id)).toEqual([ctx.departure.id]);
    expect(await listUpcomingPassengerLists(ctx.vendor, new Date(Date.now() + 60 * 86_400_000))).toEqual([]);
  });
});

describe("GET /api/v1/departures/:id/passengers.csv", () => {
  test("RFC 4180 CSV, formula-safe, for the vendor and an admin", async () => {
    for (const userId of [ctx.vendor.id, ctx.admin.id]) {
      const res = await csv(ctx.departure.id, userId);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="passengers-\d{4}-\d{2}-\d{2}-/);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      expect(await res.text()).toBe(
        "booking_code,name,email,phone,seats,status,notes\r\n" +
          `${ctx.paid.booking.code},"'=HYPERLINK(""http://evil"")",${ctx.paid.traveller.email},'+351 912 345 678,2,confirmed,"Vegan, ""no nuts""\nThanks"\r\n` +
          `${ctx.hold.code},Hugo Hold,${ctx.holder.email},555-0100,1,pending,\r\n`,
      );
    }
  });

  test("another vendor and a missing departure get 404, a traveller 403, no token 401", async () => {
    expect((await csv(ctx.departure.id, ctx.otherVendor.id)).status).toBe(404);
    // a traveller lacks bookings:read_vendor altogether
    expect((await csv(ctx.departure.id, ctx.holder.id)).status).toBe(403);
    expect((await csv(ctx.departure.id)).status).toBe(401);
    expect((await csv("missing-departure", ctx.vendor.id)).status).toBe(404);
  });
});

describe("cancel-departure preview", () => {
  test("counts travellers and bookings and refunds what is left of each paid booking; the cancellation agrees", async () => {
    const { vendor, departure } = await vendorWithDeparture({ price: 10_000 });
    const a = await paidBooking(departure.id, 2);
    const b = await paidBooking(departure.id, 1);
    const [holder] = await makeTravellers(1);
    await createBooking(holder, { departureId: departure.id, seats: 3 });
    // an admin already gave part of one payment back: only the rest is refunded
    await refundPayment(await makeAdmin(), b.payment.id, 4_000);
    expect(await previewDepartureCancellation(vendor, departure.id)).toEqual({
      bookings: 3,
      travellers: 6,
      refundAmount: 20_000 + 6_000,
      currency: "usd",
    });
    const { vendor: otherVendor } = await vendorWithDeparture();
    await expect(previewDepartureCancellation(otherVendor, departure.id)).rejects.toMatchObject({ code: "forbidden" });

    await cancelDeparture(vendor, departure.id);
    const refunds = await db.refund.findMany({
      where: { payment: { bookingId: { in: [a.booking.id, b.booking.id] } }, status: { not: "failed" } },
    });
    // the admin's 4,000 plus what the cancellation refunded
    expect(refunds.reduce((sum, r) => sum + r.amount, 0)).toBe(4_000 + 26_000);
    expect(await previewDepartureCancellation(vendor, departure.id)).toMatchObject({ bookings: 0, refundAmount: 0 });
  });
});
