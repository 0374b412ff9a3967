// POST /api/v1/vendors/:id/connect — a Stripe Connect (Express) onboarding link for the vendor themself
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { startConnectOnboarding } from "@/lib/vendors/start-connect-onboarding";

export const POST = withAuth<{ id: string }>({ permission: "vendors:connect" }, async ({ actor, params }) => {
  const { url } = await startConnectOnboarding(actor, params.id);
  return Response.json({ url });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
