// GET/POST/PUT /api/inngest — the Inngest serve() endpoint (Inngest Cloud, a self-hosted server or the local runner).
// The client is in cloud mode, so every call must carry a valid X-Inngest-Signature (else 401 {message:"Unauthorized"});
// unauthenticated syncs are refused too, so nobody can make the app re-register on demand.
import { serve } from "inngest/next";
import { inngest } from "@/lib/inngest/client";
import { functions } from "@/lib/inngest/functions";
import { logger } from "@/lib/logger";

const handlers = serve({ client: inngest, functions, enableUnauthedSync: false });

type Handler = typeof handlers.POST;

/** A refused signature is a security event: one warning line, so an alert can count them. */
function logRefusals(handler: Handler): Handler {
  return async (req, context) => {
    const res = await handler(req, context);
    if (res.status === 401) {
      logger.warn(
        {
          event: "signature_failed",
          source: "inngest",
          method: req.method,
          requestId: req.headers.get("x-request-id") ?? undefined,
          signed: req.headers.has("x-inngest-signature"),
        },
        "Inngest call without a valid signature refused",
      );
    }
    return res;
  };
}

export const GET = logRefusals(handlers.GET);
export const POST = logRefusals(handlers.POST);
export const PUT = logRefusals(handlers.PUT);
