import { describe, expect, test } from "vitest";
import { cancellationSummary } from "./cancellation-summary";

describe("cancellationSummary", () => {
  test("names the travellers, the bookings and the amount in the trip's currency", () => {
    expect(cancellationSummary({ bookings: 2, travellers: 3, refundAmount: 45_050, currency: "usd" })).toBe(
      "3 travellers on 2 bookings will be refunded $450.50 in full.",
    );
    expect(cancellationSummary({ bookings: 1, travellers: 1, refundAmount: 5000, currency: "jpy" })).toBe(
      "1 traveller on 1 booking will be refunded ¥5,000 in full.",
    );
  });

  test("unpaid holds refund nothing; no bookings says so", () => {
    expect(cancellationSummary({ bookings: 1, travellers: 2, refundAmount: 0, currency: "usd" })).toBe(
      "2 travellers on 1 booking will be cancelled; nothing has been paid yet, so nothing is refunded.",
    );
    expect(cancellationSummary({ bookings: 0, travellers: 0, refundAmount: 0, currency: "usd" })).toBe(
      "No one has booked it yet.",
    );
  });
});
