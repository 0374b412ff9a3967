// GET /api/v1/bookings/:id/cancellation — the refund a cancellation would give now
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { previewCancellation } from "@/lib/bookings/cancel-booking";

export const GET = withAuth<{ id: string }>({ permission: "bookings:read_own" }, async ({ actor, params }) => {
  return Response.json(await previewCancellation(actor, params.id));
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
