import { describe, expect, test } from "vitest";
import { CreateDepartureInput, CreateTripInput, SearchTripsQuery, UpdateTripInput } from "./schemas";
import { fieldErrors, minimalTrip } from "./schemas-test-fixture";

const trip = minimalTrip;

describe("CreateTripInput", () => {
  test("defaults", () => {
    expect(CreateTripInput.parse(trip)).toMatchObject({
      currency: "usd",
      cancellationPolicy: "moderate",
      status: "draft",
      images: [],
    });
  });

  // JSON numbers are numbers: a string is refused, never coerced
  test.each([
    [{ pricePerSeat: "15000" }, ["pricePerSeat"]],
    [{ durationDays: "3" }, ["durationDays"]],
    [{ pricePerSeat: 150.5 }, ["pricePerSeat"]],
    [{ pricePerSeat: -1 }, ["pricePerSeat"]],
    [{ pricePerSeat: 100_000_000 }, ["pricePerSeat"]],
    [{ durationDays: true }, ["durationDays"]],
    [{ title: "Douro\u0000" }, ["title"]],
    [{ currency: "xyz" }, ["currency"]],
    [{ currency: "us" }, ["currency"]],
    [{ images: ["//evil.example/x.jpg"] }, ["images"]],
    [{ images: ["http://example.com/x.jpg"] }, ["images"]],
    [{ images: ["javascript:alert(1)"] }, ["images"]],
    [{ images: ["data:image/png;base64,AAAA"] }, ["images"]],
  ])("%j → 422 on %j", (patch, fields) => {
    expect(fieldErrors(CreateTripInput.safeParse({ ...trip, ...patch }))).toEqual(fields);
  });

  // the price must be one Stripe can charge in the trip's currency (minor units: cents, whole yen)
  test.each([
    [49, "usd", false],
    [50, "usd", true],
    [29, "gbp", false],
    [30, "gbp", true],
    [49, "EUR", false],
    [49, "jpy", false],
    [50, "jpy", true],
    [1_499, "czk", false],
    [1_500, "czk", true],
  ])("%i %s chargeable: %s", (pricePerSeat, currency, ok) => {
    const result = CreateTripInput.safeParse({ ...trip, pricePerSeat, currency });
    expect(result.success).toBe(ok);
    if (!ok) expect(fieldErrors(result)).toEqual(["pricePerSeat"]);
  });

  test("images: https and site paths pass", () => {
    expect(
      CreateTripInput.parse({ ...trip, images: ["/images/douro.jpg", "https://cdn.example.com/douro.jpg"] }).images,
    ).toHaveLength(2);
  });
});

describe("UpdateTripInput", () => {
  test.each([
    [{ pricePerSeat: 40, currency: "usd" }, false],
    [{ pricePerSeat: 40 }, true], // checked against the stored currency in updateTrip
    [{ durationDays: "2" }, false],
    [{ images: ["/\\evil.example"] }, false],
    [{ title: "Better title" }, true],
  ])("%j valid: %s", (input, ok) => {
    expect(UpdateTripInput.safeParse(input).success).toBe(ok);
  });
});

describe("CreateDepartureInput", () => {
  const base = { timeZone: "Europe/Lisbon", capacity: 5 };
  test.each([
    ["2030-06-01T08:00", "2030-06-01T07:00:00.000Z"], // local time in Lisbon (summer, UTC+1)
    ["2030-01-15T08:00:30", "2030-01-15T08:00:30.000Z"],
    ["2030-06-01T08:00:00Z", "2030-06-01T08:00:00.000Z"],
    ["2030-06-01T08:00:00.000Z", "2030-06-01T08:00:00.000Z"],
    ["2030-06-01T08:00:00+02:00", "2030-06-01T06:00:00.000Z"],
  ])("%s → %s", (startsAt, iso) => {
    expect(CreateDepartureInput.parse({ ...base, startsAt }).startsAt.toISOString()).toBe(iso);
  });

  test.each([
    "2027-02-30T10:00",
    "2027-13-01T10:00",
    "2027-01-01T25:00",
    "2027-01-01T10:60",
    "2027-02-30T10:00:00Z",
    "2101-01-01T10:00",
    "1969-12-31T10:00:00Z",
    "2027-06-01",
    "tomorrow",
    "2027-06-01 10:00",
    "1e12",
  ])("startsAt %j → 422 on startsAt", (startsAt) => {
    expect(fieldErrors(CreateDepartureInput.safeParse({ ...base, startsAt }))).toEqual(["startsAt"]);
  });

  test.each([
    [{ capacity: "5" }, ["capacity"]],
    [{ priceOverride: "5000" }, ["priceOverride"]],
    [{ priceOverride: 12.5 }, ["priceOverride"]],
    [{ timeZone: "Mars/Olympus" }, ["timeZone"]],
    [{ timeZone: "Europe/Lisbon\u0000" }, ["timeZone"]],
  ])("%j → 422 on %j", (patch, fields) => {
    expect(fieldErrors(CreateDepartureInput.safeParse({ ...base, startsAt: "2030-06-01T08:00", ...patch }))).toEqual(
      fields,
    );
  });
});

describe("SearchTripsQuery (query strings: digits parsed strictly)", () => {
  test("plain values", () => {
    expect(
      SearchTripsQuery.parse({
        minPrice: "1000",
        maxPrice: "20000",
        seats: "2",
        page: "2",
        from: "2027-01-01",
        to: "2027-12-31",
      }),
    ).toMatchObject({ minPrice: 1000, maxPrice: 20_000, seats: 2, page: 2, limit: 20 });
  });

  test.each([
    [{ minPrice: "12abc" }, "minPrice"],
    [{ maxPrice: "1e5" }, "maxPrice"],
    [{ seats: "2.5" }, "seats"],
    [{ seats: "" }, "seats"],
    [{ limit: "0x10" }, "limit"],
    [{ page: "1abc" }, "page"],
    [{ from: "2027-02-30" }, "from"],
    [{ to: "2027-13-01" }, "to"],
    [{ from: "1969-12-31" }, "from"],
    [{ from: "next week" }, "from"],
    [{ q: "kyoto\u0000" }, "q"],
    [{ destination: "\u0000" }, "destination"],
  ])("%j → 422 on %s", (params, field) => {
    expect(fieldErrors(SearchTripsQuery.safeParse(params))).toEqual([field]);
  });
});
