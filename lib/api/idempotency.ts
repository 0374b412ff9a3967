import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@prisma/client";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";

/**
 * `Idempotency-Key` for POSTs that move money: the first request with a key runs and its response is
 * stored; the same key and body replay that response without doing the work again; the same key with another body
 * is a 422; a key whose first request is still running is a 409. A request that fails frees its key for a retry.
 */
export async function withIdempotency(
  req: Request,
  actor: Actor,
  body: unknown,
  run: () => Promise<Response>,
): Promise<Response> {
  const key = req.headers.get("idempotency-key")?.trim();
  if (!key) return run();
  if (key.length > 255) throw new AppError("validation_failed", "Idempotency-Key is at most 255 characters");
  const { pathname } = new URL(req.url);
  const requestHash = createHash("sha256")
    .update(`${req.method} ${pathname}\n${JSON.stringify(body)}`)
    .digest("hex");

  let record;
  try {
    record = await db.idempotencyKey.create({
      data: { userId: actor.id, key, method: req.method, path: pathname, requestHash },
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") throw error;
    const existing = await db.idempotencyKey.findUniqueOrThrow({ where: { userId_key: { userId: actor.id, key } } });
    if (existing.requestHash !== requestHash) {
      throw new AppError("idempotency_key_reused", "This Idempotency-Key was already used with a different request");
    }
    if (existing.responseStatus === null)
      throw new AppError("conflict", "A request with this Idempotency-Key is still being processed");
    return Response.json(existing.responseBody, {
      status: existing.responseStatus,
      headers: { "Idempotent-Replayed": "true" },
    });
  }

  let response: Response;
  try {
    response = await run();
  } catch (error) {
    await db.idempotencyKey.delete({ where: { id: record.id } }).catch(() => {});
    throw error;
  }
  const responseBody = (await response.clone().json()) as Prisma.InputJsonValue;
  await db.idempotencyKey.update({ where: { id: record.id }, data: { responseStatus: response.status, responseBody } });
  return response;
}
