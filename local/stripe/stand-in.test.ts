// Contract tests of the local Stripe stand-in (local/stripe) through the real `stripe` SDK, a browser-style fetch and
// a webhook receiver that verifies signatures the way the app does.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOCAL_STRIPE_WEBHOOK_SECRET, startStripeStandIn, type StripeStandIn, stripeStandInListening } from "./server";

type Delivery = { raw: string; signature: string; contentType: string; event: Stripe.Event; status: number };

const dir = mkdtempSync(path.join(tmpdir(), "stripe-standin-"));
const deliveries: Delivery[] = [];
let receiver: Server;
let standIn: StripeStandIn;
let stripe: Stripe;
const nextYear = new Date().getUTCFullYear() + 1;

const client = (port: number, key = "sk_test_contract") =>
  new Stripe(key, { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0 });

async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const delivered = (type: string, objectId: string) =>
  deliveries.filter(
    (d) => d.status === 200 && d.event.type === type && (d.event.data.object as { id: string }).id === objectId,
  );

beforeAll(async () => {
  // answers 500 to the first two attempts of events whose object carries metadata[webhook_fail]
  receiver = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    req.on("end", () => {
      const event = JSON.parse(raw) as Stripe.Event;
      const wantsFailure = (event.data.object as { metadata?: Record<string, string> }).metadata?.webhook_fail === "2";
      const status = wantsFailure && deliveries.filter((d) => d.event.id === event.id).length < 2 ? 500 : 200;
      deliveries.push({
        raw,
        event,
        status,
        signature: String(req.headers["stripe-signature"]),
        contentType: String(req.headers["content-type"]),
      });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  standIn = await startStripeStandIn({
    port: 0,
    webhookUrl,
    webhookSecret: LOCAL_STRIPE_WEBHOOK_SECRET,
    webhookRetryBaseMs: 20,
    dataFile: path.join(dir, "main.json"),
  });
  stripe = client(standIn.port);
});

afterAll(async () => {
  await standIn?.stop();
  await new Promise((r) => receiver?.close(r));
  rmSync(dir, { recursive: true, force: true });
});

async function paidIntent(amount = 10_000, metadata: Record<string, string> = {}) {
  return stripe.paymentIntents.create({
    amount,
    currency: "usd",
    metadata,
    confirm: true,
    payment_method: "pm_card_visa",
  });
}

async function onboardedAccount() {
  const account = await stripe.accounts.create({
    type: "express",
    country: "US",
    email: "vendor@example.com",
    capabilities: { transfers: { requested: true } },
  });
  const link = await stripe.accountLinks.create({
    account: account.id,
    type: "account_onboarding",
    refresh_url: "http://localhost:3000/refresh",
    return_url: "http://localhost:3000/done",
  });
  const res = await fetch(link.url, {
    method: "POST",
    body: new URLSearchParams({ business_name: "Northbound" }),
    redirect: "manual",
  });
  expect(res.status).toBe(303);
  return { account, link, location: res.headers.get("location") };
}

describe("PaymentIntents", () => {
  test("create, retrieve, update and list", async () => {
    const before = Math.floor(Date.now() / 1000);
    const pi = await stripe.paymentIntents.create({
      amount: 12_000,
      currency: "USD",
      automatic_payment_methods: { enabled: true },
      description: "Trip",
      metadata: { bookingId: "b1" },
      transfer_group: "booking_b1",
    });
    expect(pi).toMatchObject({
      object: "payment_intent",
      amount: 12_000,
      currency: "usd",
      status: "requires_payment_method",
      metadata: { bookingId: "b1" },
      livemode: false,
      latest_charge: null,
      transfer_group: "booking_b1",
    });
    expect(pi.id).toMatch(/^pi_\w{24}$/);
    expect(pi.client_secret).toMatch(new RegExp(`^${pi.id}_secret_\\w+$`));
    expect(pi.created).toBeGreaterThanOrEqual(before);
    expect(pi.lastResponse.requestId).toMatch(/^req_/);
    expect(await stripe.paymentIntents.retrieve(pi.id)).toMatchObject({ id: pi.id, amount: 12_000 });
    const updated = await stripe.paymentIntents.update(pi.id, { amount: 15_000, metadata: { extra: "1" } });
    expect(updated).toMatchObject({ amount: 15_000, metadata: { bookingId: "b1", extra: "1" } });
    const second = await stripe.paymentIntents.create({ amount: 5000, currency: "usd" });
    const page = await stripe.paymentIntents.list({ limit: 1 });
    expect(page).toMatchObject({ object: "list", has_more: true, url: "/v1/payment_intents" });
    expect(page.data.map((p) => p.id)).toEqual([second.id]);
    const next = await stripe.paymentIntents.list({ limit: 1, starting_after: second.id });
    expect(next.data[0].id).toBe(pi.id);
    await expect(stripe.paymentIntents.create({ amount: 10, currency: "usd" })).rejects.toMatchObject({
      code: "amount_too_small",
      param: "amount",
      statusCode: 400,
    });
    await expect(
      stripe.paymentIntents.create({ amount: 5000 } as Stripe.PaymentIntentCreateParams),
    ).rejects.toMatchObject({ code: "parameter_missing", param: "currency" });
  });

  test("confirm with pm_card_visa creates a succeeded charge, expandable as latest_charge", async () => {
    const created = await stripe.paymentIntents.create({ amount: 8000, currency: "usd", transfer_group: "g1" });
    const pi = await stripe.paymentIntents.confirm(created.id, { payment_method: "pm_card_visa" });
    expect(pi).toMatchObject({ status: "succeeded", amount_received: 8000, last_payment_error: null });
    expect(pi.payment_method).toMatch(/^pm_/);
    const expanded = await stripe.paymentIntents.retrieve(pi.id, { expand: ["latest_charge"] });
    const charge = expanded.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({
      object: "charge",
      amount: 8000,
      amount_refunded: 0,
      refunded: false,
      paid: true,
      status: "succeeded",
      payment_intent: pi.id,
      transfer_group: "g1",
    });
    expect(charge.payment_method_details?.card).toMatchObject({ brand: "visa", last4: "4242" });
    expect(await stripe.charges.retrieve(charge.id)).toMatchObject({ id: charge.id, amount: 8000 });
    await expect(stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa" })).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      code: "payment_intent_unexpected_state",
    });
  });

  test("confirm with a card number through /v1/payment_methods; invalid cards are card errors", async () => {
    const card = { number: "5555 5555 5555 4444", exp_month: 12, exp_year: nextYear, cvc: "123" };
    const pm = await stripe.paymentMethods.create({ type: "card", card });
    expect(pm.card).toMatchObject({ brand: "mastercard", last4: "4444", exp_year: nextYear });
    const pi = await stripe.paymentIntents.create({
      amount: 6000,
      currency: "usd",
      confirm: true,
      payment_method: pm.id,
    });
    expect(pi).toMatchObject({ status: "succeeded", payment_method: pm.id });
    const invalid = [
      [{ ...card, number: "4111 1111 1111 1112" }, "incorrect_number"],
      [{ ...card, exp_year: 2001 }, "expired_card"],
      [{ ...card, cvc: "12a" }, "invalid_cvc"],
    ] as const;
    for (const [bad, code] of invalid) {
      await expect(stripe.paymentMethods.create({ type: "card", card: bad })).rejects.toMatchObject({
        type: "StripeCardError",
        code,
        statusCode: 402,
      });
    }
  });

  test("a decline raises StripeCardError, leaves the intent requires_payment_method, and a retry succeeds", async () => {
    const pi = await stripe.paymentIntents.create({ amount: 7000, currency: "usd" });
    const error: unknown = await stripe.paymentIntents
      .confirm(pi.id, { payment_method: "pm_card_chargeDeclined" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(error).toMatchObject({
      code: "card_declined",
      decline_code: "generic_decline",
      statusCode: 402,
      payment_intent: { id: pi.id, status: "requires_payment_method" },
    });
    const declined = await stripe.paymentIntents.retrieve(pi.id);
    expect(declined).toMatchObject({
      status: "requires_payment_method",
      payment_method: null,
      last_payment_error: { type: "card_error", code: "card_declined" },
    });
    expect(await stripe.charges.retrieve(declined.latest_charge as string)).toMatchObject({
      status: "failed",
      paid: false,
      failure_code: "card_declined",
    });
    await expect(
      stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_chargeDeclinedInsufficientFunds" }),
    ).rejects.toMatchObject({ decline_code: "insufficient_funds" });
    const paid = await stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa" });
    expect(paid).toMatchObject({ status: "succeeded", last_payment_error: null, amount_received: 7000 });
    await waitFor(
      () =>
        delivered("payment_intent.payment_failed", pi.id).length === 2 &&
        delivered("payment_intent.succeeded", pi.id).length === 1,
      "decline and success webhooks",
    );
  });

  test("cancel", async () => {
    const pi = await stripe.paymentIntents.create({ amount: 5000, currency: "usd" });
    expect(await stripe.paymentIntents.cancel(pi.id, { cancellation_reason: "abandoned" })).toMatchObject({
      status: "canceled",
      cancellation_reason: "abandoned",
    });
    await expect(stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa" })).rejects.toMatchObject({
      code: "payment_intent_unexpected_state",
    });
  });
});

describe("browser confirmation with a publishable key", () => {
  const confirm = (id: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${standIn.url}/v1/payment_intents/${id}/confirm`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(fields),
    });
  const card = (number: string) => ({
    "payment_method_data[type]": "card",
    "payment_method_data[card][number]": number,
    "payment_method_data[card][exp_month]": "12",
    "payment_method_data[card][exp_year]": String(nextYear),
    "payment_method_data[card][cvc]": "123",
  });

  test("needs the intent's client_secret, answers CORS, and reports declines", async () => {
    const pi = await stripe.paymentIntents.create({ amount: 9000, currency: "usd" });
    const preflight = await fetch(`${standIn.url}/v1/payment_intents/${pi.id}/confirm`, {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:3000", "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("Idempotency-Key");
    for (const secret of [undefined, `${pi.id}_secret_wrong`]) {
      const res = await confirm(pi.id, {
        key: "pk_test_local",
        ...(secret ? { client_secret: secret } : {}),
        ...card("4242424242424242"),
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { type: string } }).error.type).toBe("invalid_request_error");
    }
    const read = await fetch(`${standIn.url}/v1/payment_intents/${pi.id}?client_secret=${pi.client_secret}`, {
      headers: { Authorization: "Bearer pk_test_local" },
    });
    expect(read.status).toBe(401);
    const declined = await confirm(
      pi.id,
      { client_secret: pi.client_secret!, ...card("4000 0000 0000 0002") },
      { Authorization: "Bearer pk_test_local" },
    );
    expect(declined.status).toBe(402);
    expect(await declined.json()).toMatchObject({
      error: {
        type: "card_error",
        code: "card_declined",
        payment_intent: { id: pi.id, status: "requires_payment_method" },
      },
    });
    const ok = await confirm(pi.id, {
      key: "pk_test_local",
      client_secret: pi.client_secret!,
      ...card("4242 4242 4242 4242"),
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe("*");
    expect(await ok.json()).toMatchObject({ id: pi.id, status: "succeeded" });
  });
});

describe("idempotency", () => {
  test("replays the same key and parameters, rejects other parameters, and runs concurrent duplicates once", async () => {
    const key = `idem-${Date.now()}`;
    const params = { amount: 4200, currency: "usd", metadata: { marker: key } };
    const first = await stripe.paymentIntents.create(params, { idempotencyKey: key });
    const again = await stripe.paymentIntents.create(params, { idempotencyKey: key });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers["idempotent-replayed"]).toBe("true");
    const error: unknown = await stripe.paymentIntents
      .create({ ...params, amount: 4300 }, { idempotencyKey: key })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect((error as Stripe.errors.StripeError).message).toContain("same parameters");

    const racing = `race-${Date.now()}`;
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        stripe.paymentIntents.create({ ...params, metadata: { marker: racing } }, { idempotencyKey: racing }),
      ),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    const all = await stripe.paymentIntents.list({ limit: 100 });
    expect(all.data.filter((p) => p.metadata.marker === key)).toHaveLength(1);
    expect(all.data.filter((p) => p.metadata.marker === racing)).toHaveLength(1);
    const created = await stripe.events.list({ type: "payment_intent.created", limit: 100 });
    expect(created.data.filter((e) => (e.data.object as Stripe.PaymentIntent).id === first.id)).toHaveLength(1);
  });
});

describe("refunds", () => {
  test("partial then full refund; over-refunds and unpaid intents are rejected", async () => {
    const pi = await paidIntent(10_000);
    const partial = await stripe.refunds.create({ payment_intent: pi.id, amount: 3000, metadata: { refundId: "r1" } });
    expect(partial).toMatchObject({
      object: "refund",
      amount: 3000,
      status: "succeeded",
      payment_intent: pi.id,
      charge: pi.latest_charge,
    });
    expect(partial.id).toMatch(/^re_/);
    expect(await stripe.charges.retrieve(pi.latest_charge as string)).toMatchObject({
      amount_refunded: 3000,
      refunded: false,
    });
    await expect(stripe.refunds.create({ payment_intent: pi.id, amount: 7001 })).rejects.toMatchObject({
      code: "amount_too_large",
      statusCode: 400,
    });
    const rest = await stripe.refunds.create({ payment_intent: pi.id });
    expect(rest.amount).toBe(7000);
    expect(await stripe.charges.retrieve(pi.latest_charge as string)).toMatchObject({
      amount_refunded: 10_000,
      refunded: true,
    });
    await expect(stripe.refunds.create({ payment_intent: pi.id, amount: 1 })).rejects.toMatchObject({
      code: "charge_already_refunded",
    });
    const listed = await stripe.refunds.list({ payment_intent: pi.id });
    expect(listed.data.map((r) => r.id)).toEqual([rest.id, partial.id]);
    expect(await stripe.refunds.retrieve(partial.id)).toMatchObject({ metadata: { refundId: "r1" } });
    const unpaid = await stripe.paymentIntents.create({ amount: 5000, currency: "usd" });
    await expect(stripe.refunds.create({ payment_intent: unpaid.id })).rejects.toBeInstanceOf(
      Stripe.errors.StripeInvalidRequestError,
    );
    await waitFor(
      () => delivered("charge.refunded", pi.latest_charge as string).length === 2,
      "charge.refunded webhooks",
    );
  });

  test("metadata[local_simulate]=fail makes the refund fail asynchronously", async () => {
    const pi = await paidIntent(5000);
    const refund = await stripe.refunds.create({ payment_intent: pi.id, metadata: { local_simulate: "fail" } });
    expect(refund.status).toBe("pending");
    await waitFor(() => delivered("refund.failed", refund.id).length === 1, "refund.failed webhook");
    expect(await stripe.refunds.retrieve(refund.id)).toMatchObject({
      status: "failed",
      failure_reason: "expired_or_canceled_card",
    });
    expect(await stripe.charges.retrieve(pi.latest_charge as string)).toMatchObject({
      amount_refunded: 0,
      refunded: false,
    });
    expect(delivered("refund.updated", refund.id)[0].event.data.previous_attributes).toMatchObject({
      status: "pending",
    });
  });
});

describe("Connect", () => {
  test("an account is enabled by completing the onboarding its account link points to", async () => {
    const account = await stripe.accounts.create({
      type: "express",
      country: "US",
      email: "v@example.com",
      capabilities: { transfers: { requested: true } },
      metadata: { vendorId: "v1" },
    });
    expect(account).toMatchObject({
      object: "account",
      type: "express",
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      metadata: { vendorId: "v1" },
    });
    expect(account.id).toMatch(/^acct_/);
    expect(await stripe.accounts.update(account.id, { metadata: { tier: "gold" } })).toMatchObject({
      metadata: { vendorId: "v1", tier: "gold" },
    });
    const link = await stripe.accountLinks.create({
      account: account.id,
      type: "account_onboarding",
      refresh_url: "http://localhost:3000/refresh",
      return_url: "http://localhost:3000/return",
    });
    expect(link.object).toBe("account_link");
    expect(link.url.startsWith(`${standIn.url}/_local/connect/onboard/${account.id}?`)).toBe(true);
    expect(link.expires_at).toBeGreaterThan(link.created);
    const page = await fetch(link.url);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("Complete onboarding");
    expect(html).toMatch(/<label for="business_name">/);
    const submitted = await fetch(link.url, {
      method: "POST",
      body: new URLSearchParams({ business_name: "Northbound" }),
      redirect: "manual",
    });
    expect(submitted.status).toBe(303);
    expect(submitted.headers.get("location")).toBe("http://localhost:3000/return");
    const enabled = await stripe.accounts.retrieve(account.id);
    expect(enabled).toMatchObject({
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
      capabilities: { transfers: "active" },
    });
    const update = await waitFor(
      () =>
        delivered("account.updated", account.id).find(
          (d) => d.event.data.previous_attributes && "details_submitted" in d.event.data.previous_attributes,
        ),
      "account.updated webhook",
    );
    expect(update.event.data.previous_attributes).toMatchObject({ details_submitted: false, payouts_enabled: false });
  });
});

describe("transfers and balance", () => {
  test("transfers draw on the available balance, need an enabled destination, and can be reversed", async () => {
    const { account } = await onboardedAccount();
    const pending = await stripe.accounts.create({ type: "express" });
    await paidIntent(20_000);
    const usd = async () => (await stripe.balance.retrieve()).available.find((b) => b.currency === "usd")?.amount ?? 0;
    const start = await usd();
    expect(start).toBeGreaterThanOrEqual(20_000);
    const balance = await stripe.balance.retrieve();
    expect(balance).toMatchObject({ object: "balance", pending: [] });
    await expect(
      stripe.transfers.create({ amount: start + 1, currency: "usd", destination: account.id }),
    ).rejects.toMatchObject({ code: "balance_insufficient", statusCode: 400 });
    await expect(
      stripe.transfers.create({ amount: 100, currency: "usd", destination: "acct_nope" }),
    ).rejects.toMatchObject({ param: "destination", statusCode: 400 });
    await expect(
      stripe.transfers.create({ amount: 100, currency: "usd", destination: pending.id }),
    ).rejects.toMatchObject({ code: "insufficient_capabilities_for_transfer" });
    const transfer = await stripe.transfers.create(
      {
        amount: 5000,
        currency: "usd",
        destination: account.id,
        transfer_group: "payout_1",
        metadata: { payoutId: "p1" },
      },
      { idempotencyKey: `payout-${account.id}` },
    );
    expect(transfer).toMatchObject({
      object: "transfer",
      amount: 5000,
      amount_reversed: 0,
      reversed: false,
      destination: account.id,
      transfer_group: "payout_1",
    });
    expect(transfer.id).toMatch(/^tr_/);
    expect(await usd()).toBe(start - 5000);
    const partial = await stripe.transfers.createReversal(transfer.id, { amount: 2000 });
    expect(partial).toMatchObject({ object: "transfer_reversal", amount: 2000, transfer: transfer.id });
    expect(partial.id).toMatch(/^trr_/);
    await stripe.transfers.createReversal(transfer.id);
    const reversed = await stripe.transfers.retrieve(transfer.id);
    expect(reversed).toMatchObject({ amount_reversed: 5000, reversed: true, reversals: { total_count: 2 } });
    await expect(stripe.transfers.createReversal(transfer.id, { amount: 1 })).rejects.toMatchObject({
      statusCode: 400,
    });
    expect(await usd()).toBe(start);
    expect((await stripe.transfers.list({ destination: account.id })).data.map((t) => t.id)).toEqual([transfer.id]);
    expect((await stripe.transfers.list({ transfer_group: "payout_1" })).data).toHaveLength(1);
    await waitFor(
      () =>
        delivered("transfer.created", transfer.id).length === 1 &&
        delivered("transfer.reversed", transfer.id).length === 2,
      "transfer webhooks",
    );
  });
});

describe("events and webhooks", () => {
  test("events can be retrieved, listed newest first by type, and resent", async () => {
    const pi = await paidIntent(5500);
    const page = await stripe.events.list({ type: "payment_intent.succeeded", limit: 2 });
    expect(page.data.every((e) => e.type === "payment_intent.succeeded")).toBe(true);
    expect(page.data[0]).toMatchObject({
      object: "event",
      livemode: false,
      data: { object: { id: pi.id, status: "succeeded" } },
    });
    expect(page.data[0].created).toBeGreaterThanOrEqual(page.data[1].created);
    const older = await stripe.events.list({
      type: "payment_intent.succeeded",
      limit: 2,
      starting_after: page.data[1].id,
    });
    expect(older.data.map((e) => e.id)).not.toContain(page.data[0].id);
    const event = await stripe.events.retrieve(page.data[0].id);
    expect(event).toMatchObject({
      id: page.data[0].id,
      type: "payment_intent.succeeded",
      request: { id: expect.stringMatching(/^req_/) },
    });
    await waitFor(() => delivered("payment_intent.succeeded", pi.id).length === 1, "first delivery");
    const resent = await stripe.rawRequest("POST", `/v1/events/${event.id}/retry`, {});
    expect(resent).toMatchObject({ id: event.id });
    await waitFor(() => delivered("payment_intent.succeeded", pi.id).length === 2, "resent delivery");
  });

  test("deliveries are signed like Stripe's and arrive in creation order", async () => {
    const pi = await paidIntent(6500);
    const mine = await waitFor(() => {
      const list = deliveries.filter(
        (d) => d.status === 200 && [pi.id, pi.latest_charge].includes((d.event.data.object as { id: string }).id),
      );
      return list.length === 3 && list;
    }, "three deliveries");
    expect(mine.map((d) => d.event.type)).toEqual([
      "payment_intent.created",
      "charge.succeeded",
      "payment_intent.succeeded",
    ]);
    for (const d of mine) {
      expect(d.contentType).toBe("application/json; charset=utf-8");
      expect(d.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(stripe.webhooks.constructEvent(d.raw, d.signature, LOCAL_STRIPE_WEBHOOK_SECRET).id).toBe(d.event.id);
    }
    expect(() =>
      stripe.webhooks.constructEvent(mine[0].raw.replace("6500", "1"), mine[0].signature, LOCAL_STRIPE_WEBHOOK_SECRET),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });

  test("a delivery answered with 500 is retried until it succeeds", async () => {
    const pi = await stripe.paymentIntents.create({ amount: 5000, currency: "usd", metadata: { webhook_fail: "2" } });
    const [event] = (await stripe.events.list({ type: "payment_intent.created", limit: 5 })).data.filter(
      (e) => (e.data.object as Stripe.PaymentIntent).id === pi.id,
    );
    await waitFor(() => delivered("payment_intent.created", pi.id).length === 1, "third attempt");
    expect(deliveries.filter((d) => d.event.id === event.id).map((d) => d.status)).toEqual([500, 500, 200]);
    await waitFor(
      async () => (await stripe.events.retrieve(event.id)).pending_webhooks === 0,
      "pending_webhooks back to 0",
    );
  });

  test("an endpoint with enabled events receives only those types; the others are still recorded", async () => {
    const second = await startStripeStandIn({
      port: 0,
      webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
      webhookSecret: LOCAL_STRIPE_WEBHOOK_SECRET,
      enabledEvents: ["payment_intent.succeeded"],
    });
    try {
      const other = client(second.port);
      const pi = await other.paymentIntents.create({
        amount: 4200,
        currency: "usd",
        confirm: true,
        payment_method: "pm_card_visa",
      });
      await waitFor(() => delivered("payment_intent.succeeded", pi.id).length === 1, "the enabled type's delivery");
      const recorded = (await other.events.list({ limit: 10 })).data.map((e) => [e.type, e.pending_webhooks]);
      expect(recorded).toEqual(
        expect.arrayContaining([
          ["payment_intent.created", 0],
          ["charge.succeeded", 0],
        ]),
      );
      // the sender delivers in creation order, so anything queued for the earlier events would have arrived first
      expect(
        deliveries.filter((d) => [pi.id, pi.latest_charge].includes((d.event.data.object as { id: string }).id)),
      ).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });
});

describe("errors, auth and persistence", () => {
  test("missing objects are 404 resource_missing", async () => {
    const error: unknown = await stripe.paymentIntents.retrieve("pi_missing").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({
      statusCode: 404,
      code: "resource_missing",
      param: "intent",
      message: "No such payment_intent: 'pi_missing'",
      requestId: expect.stringMatching(/^req_/),
    });
    expect((error as Stripe.errors.StripeError).raw).toMatchObject({
      type: "invalid_request_error",
      doc_url: expect.stringContaining("resource-missing"),
    });
    await expect(stripe.refunds.retrieve("re_missing")).rejects.toMatchObject({
      statusCode: 404,
      code: "resource_missing",
    });
  });

  test("requests without a test secret key are 401", async () => {
    const res = await fetch(`${standIn.url}/v1/payment_intents`);
    expect(res.status).toBe(401);
    expect(res.headers.get("request-id")).toMatch(/^req_/);
    expect(await res.json()).toMatchObject({
      error: { type: "invalid_request_error", message: expect.stringContaining("did not provide an API key") },
    });
    await expect(client(standIn.port, "sk_live_nope").paymentIntents.list()).rejects.toBeInstanceOf(
      Stripe.errors.StripeAuthenticationError,
    );
  });

  test("a restart with the same data file keeps objects", async () => {
    const dataFile = path.join(dir, "restart.json");
    const first = await startStripeStandIn({ port: 0, webhookSecret: LOCAL_STRIPE_WEBHOOK_SECRET, dataFile });
    expect(await stripeStandInListening(first.port)).toBe(true);
    const pi = await client(first.port).paymentIntents.create({
      amount: 3300,
      currency: "eur",
      metadata: { kept: "yes" },
    });
    await first.stop();
    expect(await stripeStandInListening(first.port)).toBe(false);
    const second = await startStripeStandIn({ port: 0, webhookSecret: LOCAL_STRIPE_WEBHOOK_SECRET, dataFile });
    try {
      expect(await client(second.port).paymentIntents.retrieve(pi.id)).toMatchObject({
        id: pi.id,
        amount: 3300,
        currency: "eur",
        metadata: { kept: "yes" },
      });
    } finally {
      await second.stop();
    }
  });
});
