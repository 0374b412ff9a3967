// Signed Stripe deliveries this platform cannot act on are acknowledged (200), logged and ignored, so Stripe does not
// retry them forever: a PaymentIntent we never created, an event without its object. Against the real database.
import { afterEach, describe, expect, test, vi } from "vitest";
import { GET, OPTIONS, POST } from "@/app/api/webhooks/stripe/route";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { handleStripeWebhook } from "@/lib/payments/stripe-webhook";
import { signedEvent, signedPayload } from "./support/stripe-events";

const deliver = (e: { payload: string; header: string }) =>
  POST(
    new Request("http://localhost/api/webhooks/stripe", {
      method: "POST",
      headers: { "stripe-signature": e.header, "content-type": "application/json" },
      body: e.payload,
    }),
  );
const evtId = () => `evt_guard_${Math.random().toString(36).slice(2)}`;

afterEach(() => vi.restoreAllMocks());

describe("signed webhooks the platform cannot act on", () => {
  test.each(["payment_intent.succeeded", "payment_intent.payment_failed"])(
    "%s for an unknown PaymentIntent → 200, warned, stored as processed",
    async (type) => {
      const warn = vi.spyOn(logger, "warn");
      const event = signedEvent(type, {
        id: `pi_unknown_${Math.random().toString(36).slice(2)}`,
        object: "payment_intent",
        status: "succeeded",
      });
      const res = await deliver(event);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ received: true, result: "ignored_unknown_payment_intent" });
      expect(warn).toHaveBeenCalledWith(
        expect.objectContaining({ eventId: event.id, type, reason: "unknown_payment_intent" }),
        expect.any(String),
      );
      const stored = await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } });
      expect(stored.processedAt).not.toBeNull();
      expect(stored.lastError).toBeNull();
      // a redelivery is a duplicate, not a second attempt
      expect(await (await deliver(event)).json()).toEqual({ received: true, duplicate: true });
    },
  );

  test.each([
    ["data without object", { data: {} }],
    ["object without id", { data: { object: { object: "payment_intent" } } }],
    ["object is not an object", { data: { object: "pi_123" } }],
    ["no data at all", {}],
  ])("%s → 200, warned, ignored", async (_name, body) => {
    const warn = vi.spyOn(logger, "warn");
    const id = evtId();
    const res = await deliver(
      signedPayload({ id, object: "event", type: "payment_intent.succeeded", livemode: false, ...body }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true, result: "ignored_missing_object" });
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ eventId: id, type: "payment_intent.succeeded", reason: "missing_object" }),
      expect.any(String),
    );
    expect((await db.stripeEvent.findUniqueOrThrow({ where: { id } })).processedAt).not.toBeNull();
  });

  test("a signed body that is not an event (no id or type) → 200, warned, nothing stored", async () => {
    const warn = vi.spyOn(logger, "warn");
    const res = await deliver(signedPayload({ object: "event", data: { object: { id: "pi_x" } } }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: true, ignored: "malformed_event" });
    expect(warn).toHaveBeenCalledOnce();
  });

  test("a NUL in a third-party text field is stored (jsonb cannot hold one) and the event still answers 200", async () => {
    const event = signedEvent("payment_intent.succeeded", {
      id: "pi_nul_unknown",
      object: "payment_intent",
      description: "Trip \u0000 name",
      metadata: { "k\u0000": "v" },
    });
    const res = await deliver(event);
    expect(res.status).toBe(200);
    const stored = await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(JSON.stringify(stored.payload)).toContain("Trip \uFFFD name");
  });

  test("an event type without a handler is stored and ignored without a warning", async () => {
    const warn = vi.spyOn(logger, "warn");
    const event = signedEvent("customer.created", { id: "cus_123", object: "customer" });
    expect(await handleStripeWebhook(event.payload, event.header)).toEqual({ received: true, result: "ignored" });
    expect(warn).not.toHaveBeenCalled();
  });

  test("a bad signature is still a 400, and other methods are a 405 with Allow", async () => {
    const event = signedEvent("payment_intent.succeeded", { id: "pi_x" });
    const res = await deliver({ payload: event.payload, header: "t=1,v1=deadbeef" });
    expect(res.status).toBe(400);
    const get = GET(new Request("http://localhost/api/webhooks/stripe"));
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("OPTIONS, POST");
    expect((await get.json()).error.code).toBe("method_not_allowed");
    expect(
      OPTIONS(new Request("http://localhost/api/webhooks/stripe", { method: "OPTIONS" })).headers.get("allow"),
    ).toBe("OPTIONS, POST");
  });
});
