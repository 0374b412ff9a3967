import { expect, test } from "vitest";
import { AppError, forbidden, notFound } from "../errors";
import { orNotFound } from "./or-not-found";

// next/navigation's notFound() throws this digest; Next.js renders the closest not-found page for it
const NOT_FOUND = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };

test("a loaded record passes through", async () => {
  await expect(orNotFound(Promise.resolve({ id: "t_1" }))).resolves.toEqual({ id: "t_1" });
});

test("not_found becomes the 404 page", async () => {
  await expect(orNotFound(Promise.reject(notFound("Trip")))).rejects.toMatchObject(NOT_FOUND);
});

test("forbidden is a 404 only where the page says so", async () => {
  await expect(orNotFound(Promise.reject(forbidden()))).rejects.toBeInstanceOf(AppError);
  await expect(orNotFound(Promise.reject(forbidden()), ["not_found", "forbidden"])).rejects.toMatchObject(NOT_FOUND);
});

test("anything else reaches the error boundary unchanged", async () => {
  const boom = new Error("database down");
  await expect(orNotFound(Promise.reject(boom))).rejects.toBe(boom);
});
