// POST /api/webhooks/stripe — Stripe (or the local stand-in) reports payment events; signature verified on the raw body
import { errorResponse } from "@/lib/api/errors";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { handleStripeWebhook } from "@/lib/payments/stripe-webhook";

export async function POST(req: Request) {
  try {
    const result = await handleStripeWebhook(await req.text(), req.headers.get("stripe-signature"));
    return Response.json(result);
  } catch (error) {
    return errorResponse(error, { method: "POST", path: "/api/webhooks/stripe" });
  }
}

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
