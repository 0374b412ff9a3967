import "server-only";
import type { Actor } from "../auth/actor";
import { loadVendorFor } from "./access";
import { buildStatement } from "./build-statement";

/** The statement of `month` for that vendor or an admin. */
export async function getVendorStatement(actor: Actor, vendorId: string, month: string) {
  const { profile } = await loadVendorFor(actor, vendorId);
  return buildStatement(profile, month);
}
