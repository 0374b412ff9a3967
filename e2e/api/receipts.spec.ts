import { PDFDocument } from "pdf-lib";
import { expect, test } from "../support/test";
import { bearer, expectError, login, registerUser } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";

// GET /api/v1/bookings/:id/receipt.pdf and /calendar.ics over HTTP: who may download them, their content types and
// names, and that each file is about this booking. Every response is also checked against the OpenAPI document.

test.describe("booking receipt and calendar files", () => {
  test("the traveller, the trip's vendor and an admin download both; anyone else gets 404", async ({ request }) => {
    const { vendor, trip, departure } = await tripWithDeparture(request, { days: 12, price: 12_500 });
    const { traveller, booking } = await paidBooking(request, departure.id, 2);
    expect(booking.code).toMatch(/^TRV-[2-9A-HJKMNP-Z]{6}$/);
    const admin = await login(request, "admin@example.com");

    for (const who of [traveller, vendor, admin]) {
      const pdf = await request.get(`/api/v1/bookings/${booking.id}/receipt.pdf`, { headers: bearer(who.token) });
      expect(pdf.status(), await pdf.text()).toBe(200);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
      expect(pdf.headers()["content-disposition"]).toBe(`attachment; filename="travellr-${booking.code}.pdf"`);
      const bytes = await pdf.body();
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBe(1);
      expect(doc.getTitle()).toBe(`Travellr receipt ${booking.code}`);

      const ics = await request.get(`/api/v1/bookings/${booking.id}/calendar.ics`, { headers: bearer(who.token) });
      expect(ics.status()).toBe(200);
      expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
      expect(ics.headers()["content-disposition"]).toBe(`attachment; filename="travellr-${booking.code}.ics"`);
      const text = await ics.text();
      expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
      const lines = text.replace(/\r\n /g, "").split("\r\n");
      expect(lines).toContain(`UID:${booking.id}@travellr`);
      expect(lines).toContain(`SUMMARY:${trip.title}`);
      expect(lines).toContain("LOCATION:Faro\\, Portugal");
      expect(lines).toContain("TZID:Europe/Lisbon");
      expect(lines.some((l) => /^DTSTART;TZID=Europe\/Lisbon:\d{8}T\d{6}$/.test(l))).toBe(true);
      expect(lines.find((l) => l.startsWith("DESCRIPTION:"))).toContain(`Booking ${booking.code}`);
      expect(lines).toContain("STATUS:CONFIRMED");
    }

    const stranger = await registerUser(request);
    const otherVendor = await registerUser(request, { role: "vendor" });
    for (const who of [stranger, otherVendor]) {
      for (const file of ["receipt.pdf", "calendar.ics"]) {
        await expectError(
          await request.get(`/api/v1/bookings/${booking.id}/${file}`, { headers: bearer(who.token) }),
          404,
          "not_found",
        );
      }
    }
    await expectError(await request.get(`/api/v1/bookings/${booking.id}/receipt.pdf`), 401, "unauthenticated");
    await expectError(
      await request.get(`/api/v1/bookings/no-such-booking/calendar.ics`, { headers: bearer(admin.token) }),
      404,
    );
    const post = await request.post(`/api/v1/bookings/${booking.id}/receipt.pdf`, { headers: bearer(admin.token) });
    await expectError(post, 405, "method_not_allowed");
    expect(post.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  });

  test("the booking carries its code, and the admin search finds it in any letter case", async ({ request }) => {
    const { departure } = await tripWithDeparture(request, { days: 14 });
    const traveller = await registerUser(request);
    const created = await request.post("/api/v1/bookings", {
      headers: bearer(traveller.token),
      data: { departureId: departure.id, seats: 1 },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { booking } = await created.json();
    const read = await (
      await request.get(`/api/v1/bookings/${booking.id}`, { headers: bearer(traveller.token) })
    ).json();
    expect(read.booking.code).toBe(booking.code);

    const admin = await login(request, "admin@example.com");
    for (const q of [booking.code.toLowerCase(), booking.code.slice(4)]) {
      const res = await request.get(`/api/v1/admin/bookings?q=${encodeURIComponent(q)}`, {
        headers: bearer(admin.token),
      });
      expect(res.status()).toBe(200);
      const body = await res.json();
      expect(body.data.map((b: { id: string; code: string }) => [b.id, b.code])).toEqual([[booking.id, booking.code]]);
    }
    // a pending booking's event is tentative
    const ics = await (
      await request.get(`/api/v1/bookings/${booking.id}/calendar.ics`, { headers: bearer(traveller.token) })
    ).text();
    expect(ics).toContain("STATUS:TENTATIVE\r\n");
  });
});
