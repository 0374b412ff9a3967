// The booking code (TRV-7K3M9Q): drawn by createBooking, drawn again on a collision, filled in by the database for
// raw inserts, backfilled by the migration, exposed in the DTO, named in booking emails and found by the admin search.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { listAdminBookings, toAdminBookingDto } from "@/lib/admin/list-bookings";
import { AdminBookingsQuery } from "@/lib/admin/schemas";
import * as codes from "@/lib/bookings/booking-code";
import { BookingDto, toBookingDto } from "@/lib/bookings/booking-dto";
import { createBooking } from "@/lib/bookings/create-booking";
import { isCodeCollision } from "@/lib/bookings/hold-seats";
import { db } from "@/lib/db";
import { loadBookingContext, sendBookingNotice } from "@/lib/notifications/booking-notice";
import { makeDeparture, makeTravellers } from "./support/catalogue";
import { makeAdmin } from "./support/payouts";

// createBooking draws through this module; the spy lets one test force a collision, the others get real codes
vi.mock("@/lib/bookings/booking-code", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/bookings/booking-code")>();
  return { ...actual, newBookingCode: vi.fn(actual.newBookingCode) };
});
const draw = vi.mocked(codes.newBookingCode);
afterEach(() => draw.mockClear());

const FORMAT = /^TRV-[2-9A-HJKMNP-Z]{6}$/;

describe("createBooking draws a code", () => {
  test("every booking gets its own code in the published format", async () => {
    const { departure } = await makeDeparture({ capacity: 20 });
    const travellers = await makeTravellers(8);
    const made = await Promise.all(travellers.map((t) => createBooking(t, { departureId: departure.id, seats: 1 })));
    const bookingCodes = made.map((m) => m.booking.code);
    for (const code of bookingCodes) expect(code).toMatch(FORMAT);
    expect(new Set(bookingCodes).size).toBe(8);
    const dto = toBookingDto(made[0].booking);
    expect(BookingDto.parse(dto).code).toBe(made[0].booking.code);
    expect((await db.booking.findUniqueOrThrow({ where: { id: made[0].booking.id } })).code).toBe(dto.code);
  });

  test("a code that is taken is drawn again; the seats are held once", async () => {
    const { departure } = await makeDeparture({ capacity: 5 });
    const [first, second] = await makeTravellers(2);
    const { booking: existing } = await createBooking(first, { departureId: departure.id, seats: 1 });
    draw.mockClear();
    draw.mockReturnValueOnce(existing.code).mockReturnValueOnce(existing.code);

    const { booking } = await createBooking(second, { departureId: departure.id, seats: 2 });
    expect(draw).toHaveBeenCalledTimes(3);
    expect(booking.code).toMatch(FORMAT);
    expect(booking.code).not.toBe(existing.code);
    const after = await db.departure.findUniqueOrThrow({ where: { id: departure.id } });
    expect(after.seatsTaken).toBe(3);
    expect(await db.booking.count({ where: { departureId: departure.id } })).toBe(2);
    expect(await db.payment.count({ where: { booking: { departureId: departure.id } } })).toBe(2);
  });

  test("after five taken codes it gives up without holding seats", async () => {
    const { departure } = await makeDeparture({ capacity: 5 });
    const [first, second] = await makeTravellers(2);
    const { booking: existing } = await createBooking(first, { departureId: departure.id, seats: 1 });
    draw.mockClear();
    for (let i = 0; i < 5; i++) draw.mockReturnValueOnce(existing.code);
    const failure = await createBooking(second, { departureId: departure.id, seats: 1 }).catch((e: unknown) => e);
    // PostgreSQL's unique violation on the code, as the hold's single statement reports it
    expect(failure).toMatchObject({ code: "23505", constraint: "bookings_code_key" });
    expect(isCodeCollision(failure)).toBe(true);
    expect(draw).toHaveBeenCalledTimes(5);
    expect((await db.departure.findUniqueOrThrow({ where: { id: departure.id } })).seatsTaken).toBe(1);
    expect(await db.booking.count({ where: { userId: second.id } })).toBe(0);
  });
});

describe("the database", () => {
  test("fills in a code for a row written without one, and refuses a duplicate", async () => {
    const { departure, trip } = await makeDeparture();
    const [traveller] = await makeTravellers(1);
    const row = {
      userId: traveller.id,
      tripId: trip.id,
      departureId: departure.id,
      seats: 1,
      unitPrice: 100,
      totalAmount: 100,
      currency: "usd",
      commissionBps: 2000,
      status: "expired" as const,
      holdExpiresAt: new Date(),
    };
    const raw = await db.booking.create({ data: row });
    expect(raw.code).toMatch(FORMAT);
    await expect(db.booking.create({ data: { ...row, code: raw.code } })).rejects.toMatchObject({ code: "P2002" });
  });

  test("the migration's backfill gives every row a unique code, duplicates drawn again", async () => {
    const dir = readdirSync("prisma/migrations").find((d) => d.endsWith("_booking_code"))!;
    const sql = readFileSync(path.join("prisma/migrations", dir, "migration.sql"), "utf8");
    // the statements as the migration runner splits them, without their comments: the backfill and the dedupe loop
    const statements = sql
      .split(";")
      .map((s) => s.replace(/^--.*$/gm, "").trim())
      .filter((s) => s.startsWith('UPDATE "bookings"') || s.startsWith("DO E'"));
    expect(statements).toHaveLength(2);
    const sentinel = new Error("roll back");
    const outcome = await db
      .$transaction(async (tx) => {
        // a temporary table named bookings hides the real one for this transaction's statements
        await tx.$executeRawUnsafe(`CREATE TEMP TABLE "bookings" ("id" TEXT PRIMARY KEY, "code" TEXT) ON COMMIT DROP`);
        await tx.$executeRawUnsafe(
          `INSERT INTO "bookings" SELECT 'b' || g, CASE WHEN g <= 300 THEN 'TRV-222222' WHEN g <= 400 THEN 'TRV-333333' END FROM generate_series(1, 5000) g`,
        );
        for (const statement of statements) await tx.$executeRawUnsafe(statement);
        const [row] = await tx.$queryRawUnsafe<{ n: number; distinct: number; bad: number }[]>(
          `SELECT count(*)::int AS n, count(DISTINCT "code")::int AS "distinct",
             count(*) FILTER (WHERE "code" IS NULL OR "code" !~ '^TRV-[2-9A-HJKMNP-Z]{6}$')::int AS bad FROM "bookings"`,
        );
        throw Object.assign(sentinel, { row });
      })
      .catch((error: unknown) => error);
    expect(outcome).toBe(sentinel);
    expect((outcome as typeof sentinel & { row: unknown }).row).toEqual({ n: 5000, distinct: 5000, bad: 0 });
    // the real table was never touched
    expect(await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM bookings WHERE code IS NULL`).toEqual([
      { n: 0 },
    ]);
  });
});

describe("where the code shows", () => {
  test("the admin search finds a booking by its code in any letter case, with or without TRV-", async () => {
    const admin = await makeAdmin();
    const { departure } = await makeDeparture();
    const [traveller] = await makeTravellers(1);
    const { booking } = await createBooking(traveller, { departureId: departure.id, seats: 1 });
    for (const q of [booking.code, booking.code.toLowerCase(), booking.code.slice(4), ` ${booking.code} `]) {
      const { rows, total } = await listAdminBookings(admin, AdminBookingsQuery.parse({ q }));
      expect(
        rows.map((r) => r.id),
        q,
      ).toEqual([booking.id]);
      expect(total).toBe(1);
      expect(toAdminBookingDto(rows[0]).code).toBe(booking.code);
    }
    expect((await listAdminBookings(admin, AdminBookingsQuery.parse({ q: "TRV-ZZZZZZZ" }))).total).toBe(0);
  });

  test("a booking email names the code", async () => {
    const { departure } = await makeDeparture();
    const [traveller] = await makeTravellers(1);
    const { booking } = await createBooking(traveller, { departureId: departure.id, seats: 1 });
    const ctx = await loadBookingContext(booking.id);
    expect(ctx.code).toBe(booking.code);
    const notice = { to: "traveller" as const, type: "test_code", title: "Booking confirmed", paragraphs: ["Yes."] };
    await sendBookingNotice(ctx, notice, `test-code:${booking.id}`);
    const email = await db.emailOutbox.findFirstOrThrow({
      where: { dedupeKey: { startsWith: `test-code:${booking.id}` } },
    });
    expect(email.text).toContain(`Booking code: ${booking.code}`);
    expect(email.html).toContain(booking.code);
  });
});
