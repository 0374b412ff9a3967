import { beforeEach, describe, expect, test } from "vitest";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { AppError } from "../errors";
import { type ActionRuntime, createActions } from "./create-actions";
import { FIX_FIELDS, formInt } from "./form-state";

// The runtime stands in for Next.js (session, cache, router) and records what the wrapper asked of it, in order.
class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}

const vendor: Actor = { id: "u_vendor", email: "v@example.com", name: "Vera", role: "vendor" };
let signedIn: Actor | null;
let calls: string[];
const runtime: ActionRuntime = {
  async requireActor(permission) {
    calls.push(`actor ${permission}`);
    if (!signedIn) throw new Redirected("/login");
    if (!can(signedIn.role, permission)) throw new Redirected("/?denied=1");
    return signedIn;
  },
  revalidatePath: (path, type) => void calls.push(`revalidate ${path}${type ? ` ${type}` : ""}`),
  redirect(url) {
    calls.push(`redirect ${url}`);
    throw new Redirected(url);
  },
};
const { action, formAction } = createActions(runtime);

beforeEach(() => {
  signedIn = vendor;
  calls = [];
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

const Seats = z.strictObject({
  capacity: z.number({ error: "capacity must be a number" }).int().min(1, "at least 1"),
  startsAt: z.string().min(1, "startsAt is required"),
});
const ran: unknown[] = [];
const addSeats = formAction(
  {
    permission: "trips:manage_own",
    args: [z.string().min(1)],
    fields: ["capacity", "date", "price"],
    schema: Seats,
    input: (v, { invalid }) => {
      if (v.price === "abc") invalid("price", "Enter a price such as 420");
      if (v.price === "4,20") {
        invalid("price", "Write cents after a dot");
        invalid("price", "Enter a price such as 420");
      }
      return { capacity: formInt(v.capacity), startsAt: v.date ?? "" };
    },
    errorFields: { startsAt: "date" },
    revalidate: (tripId) => [`/vendor/trips/${tripId}`, { layout: "/vendor" }],
  },
  async ({ actor, args: [tripId], input, values }) => {
    ran.push({ actor: actor.id, tripId, input });
    if (input.capacity === 13)
      throw new AppError("validation_failed", "Unlucky", {
        details: { fieldErrors: { startsAt: ["not on the 13th"] } },
      });
    if (input.capacity === 99) throw new Error("database down");
    return { ok: true, message: `Added ${input.capacity}`, values };
  },
);

describe("formAction", () => {
  beforeEach(() => void (ran.length = 0));

  test("checks the permission, parses the form through its mapping, runs the use case, then revalidates", async () => {
    const state = await addSeats("trip_1", {}, form({ capacity: "12", date: "2030-01-01", ignored: "x" }));
    expect(state).toEqual({ ok: true, message: "Added 12", values: { capacity: "12", date: "2030-01-01" } });
    expect(ran).toEqual([{ actor: "u_vendor", tripId: "trip_1", input: { capacity: 12, startsAt: "2030-01-01" } }]);
    expect(calls).toEqual(["actor trips:manage_own", "revalidate /vendor/trips/trip_1", "revalidate /vendor layout"]);
  });

  test("a schema error puts each message next to its form field, keeps what was typed and runs nothing", async () => {
    const state = await addSeats("trip_1", {}, form({ capacity: "abc", date: "" }));
    expect(state).toEqual({
      formError: FIX_FIELDS,
      fieldErrors: { capacity: ["capacity must be a number"], date: ["startsAt is required"] },
      values: { capacity: "abc", date: "" },
    });
    expect(ran).toEqual([]);
    expect(calls).toEqual(["actor trips:manage_own"]);
  });

  test("a field the mapping could not read fails the form with its own message, even when the schema is content", async () => {
    const state = await addSeats("trip_1", {}, form({ capacity: "2", date: "2030-01-01", price: "abc" }));
    expect(state.fieldErrors).toEqual({ price: ["Enter a price such as 420"] });
    expect(state.values).toEqual({ capacity: "2", date: "2030-01-01", price: "abc" });
    expect(ran).toEqual([]);
  });

  test("every problem recorded for a field is kept, in order", async () => {
    const state = await addSeats("trip_1", {}, form({ capacity: "2", date: "2030-01-01", price: "4,20" }));
    expect(state.fieldErrors).toEqual({ price: ["Write cents after a dot", "Enter a price such as 420"] });
  });

  test("an AppError of the use case becomes the form's message with its field errors renamed; nothing is revalidated", async () => {
    const state = await addSeats("trip_1", {}, form({ capacity: "13", date: "2030-01-13" }));
    expect(state).toEqual({
      formError: "Unlucky",
      fieldErrors: { date: ["not on the 13th"] },
      values: { capacity: "13", date: "2030-01-13" },
    });
    expect(calls).toEqual(["actor trips:manage_own"]);
  });

  test("an error about the whole payload is the form's message", async () => {
    const strict = formAction(
      { permission: "profile:update", args: [], fields: ["a"], schema: z.strictObject({}) },
      async () => ({ ok: true }),
    );
    const state = await strict({}, form({ a: "1" }));
    expect(state).toEqual({ formError: 'Unrecognized key: "a"', fieldErrors: {}, values: { a: "1" } });
  });

  test("an unexpected error goes to the error boundary", async () => {
    await expect(addSeats("trip_1", {}, form({ capacity: "99", date: "2030-01-01" }))).rejects.toThrow("database down");
  });

  test("without the permission nothing is read or run", async () => {
    signedIn = { ...vendor, role: "traveller" };
    await expect(addSeats("trip_1", {}, form({ capacity: "12", date: "2030-01-01" }))).rejects.toMatchObject({
      url: "/?denied=1",
    });
    signedIn = null;
    await expect(addSeats("trip_1", {}, form({ capacity: "12", date: "2030-01-01" }))).rejects.toMatchObject({
      url: "/login",
    });
    expect(ran).toEqual([]);
  });

  test("a bound argument that does not parse is refused before the form is read", async () => {
    const state = await addSeats("", {}, form({ capacity: "12", date: "2030-01-01" }));
    expect(state).toEqual({ formError: "This page is out of date. Reload it and try again." });
    expect(ran).toEqual([]);
  });
});

describe("action", () => {
  const complete = action(
    { permission: "bookings:complete", args: [z.string().min(1), z.enum(["usd", "jpy"])], revalidate: ["/vendor"] },
    async ({ args: [id, currency] }) => {
      if (id === "gone") throw new AppError("not_found", "Booking not found");
      if (id === "redirect") return { redirectTo: `/checkout/${currency}` };
      return { ok: true, data: { id, currency } };
    },
  );

  test("parses its bound arguments and answers with data", async () => {
    await expect(complete("b_1", "jpy")).resolves.toEqual({ ok: true, data: { id: "b_1", currency: "jpy" } });
    expect(calls).toEqual(["actor bookings:complete", "revalidate /vendor"]);
  });

  test("an AppError is the form's message", async () => {
    await expect(complete("gone", "usd")).resolves.toEqual({ formError: "Booking not found" });
    expect(calls).toEqual(["actor bookings:complete"]);
  });

  test("a redirect happens after the pages are revalidated", async () => {
    await expect(complete("redirect", "usd")).rejects.toMatchObject({ url: "/checkout/usd" });
    expect(calls).toEqual(["actor bookings:complete", "revalidate /vendor", "redirect /checkout/usd"]);
  });

  test("the actor is the signed-in user", async () => {
    signedIn = { ...vendor, name: "Tom", role: "traveller" };
    const mine = action({ permission: "profile:update", args: [] }, async ({ actor }) => ({
      ok: true,
      message: actor.name,
    }));
    await expect(mine()).resolves.toEqual({ ok: true, message: "Tom" });
    expect(calls).toEqual(["actor profile:update"]);
  });
});
