import { randomUUID } from "node:crypto";

/** A unique email per call, so tests never collide with each other or with earlier runs. */
export function uniqueEmail(prefix = "user") {
  return `${prefix}-${randomUUID().slice(0, 8)}@test.travellr.dev`;
}
