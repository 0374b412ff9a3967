// GET /api/v1/bookings/:id/receipt.pdf — the receipt as a PDF (owner, the trip's vendor, admin)
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { downloadResponse, getReceiptPdf } from "@/lib/bookings/booking-downloads";

export const GET = withAuth<{ id: string }>({ permission: "bookings:read_own" }, async ({ actor, params }) => {
  return downloadResponse(await getReceiptPdf(actor, params.id));
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
