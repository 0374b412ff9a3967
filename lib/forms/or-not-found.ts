import { notFound } from "next/navigation";
import { AppError, type ErrorCode } from "../errors";

/**
 * For pages that load one record: the use case's not_found renders the 404 page (so does `forbidden` where a page
 * must not reveal that the record exists); any other error goes to the error boundary.
 */
export async function orNotFound<T>(load: Promise<T>, codes: readonly ErrorCode[] = ["not_found"]): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && codes.includes(error.code)) notFound();
    throw error;
  }
}
