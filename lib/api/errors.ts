import "server-only";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { AppError } from "../errors";
import { logger } from "../logger";
import { NUL_MESSAGE, isPostgresNulError, nulZodError } from "../nul";

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function validationError(error: z.ZodError, message = "The request is not valid") {
  return new AppError("validation_failed", message, { details: z.flattenError(error) });
}

/** A 422 naming each field that holds a NUL (PostgreSQL cannot store one), or null for clean input. */
export function nulError(value: unknown, message = "The request is not valid"): AppError | null {
  const error = nulZodError(value);
  return error && validationError(error, message);
}

/** The only place an error becomes an HTTP response: known errors keep their code, anything else is a logged 500. */
export function errorResponse(
  error: unknown,
  context: { method?: string; path?: string; requestId?: string } = {},
): Response {
  let appError: AppError;
  if (error instanceof AppError) appError = error;
  else if (error instanceof z.ZodError) appError = validationError(error);
  else if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
    appError = new AppError("not_found", "Resource not found");
  } else if (isPostgresNulError(error)) {
    // a NUL got past the edge checks (e.g. in a path segment): the input is bad, not the server
    logger.warn({ ...context }, "a NUL character reached the database");
    appError = new AppError("bad_request", `The request ${NUL_MESSAGE}`);
  } else {
    logger.error({ err: error, ...context }, "unhandled error in API handler");
    appError = new AppError("internal_error", "Something went wrong on our side. Please try again.");
  }
  const body: ErrorBody = { error: { code: appError.code, message: appError.message } };
  if (appError.details !== undefined) body.error.details = appError.details;
  return Response.json(body, { status: appError.status, headers: appError.headers });
}
