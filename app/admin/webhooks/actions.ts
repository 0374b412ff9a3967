"use server";

import { revalidatePath } from "next/cache";
import { retryWebhook, webhookStatus } from "@/lib/admin/webhooks";
import { requireActor } from "@/lib/auth/current-actor";
import { type FormState, formError } from "@/lib/forms/form-state";

export async function retryWebhookAction(eventId: string): Promise<FormState> {
  const actor = await requireActor("/admin/webhooks", "webhooks:retry");
  try {
    const event = await retryWebhook(actor, eventId);
    revalidatePath("/admin/webhooks");
    return webhookStatus(event) === "processed" ? { ok: true, message: `${event.id} processed.` } : { formError: `Still failing: ${event.lastError ?? "unknown error"}` };
  } catch (error) {
    return formError(error);
  }
}
