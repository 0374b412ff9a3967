// POST /api/v1/vendors/:id/payout — an admin pays the vendor everything available now
import { readOptionalJson } from "@/lib/api/body";
import { withAuth } from "@/lib/api/handler";
import { withIdempotency } from "@/lib/api/idempotency";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { payVendorNow } from "@/lib/payouts/pay-vendor-now";
import { PayVendorInput } from "@/lib/vendors/schemas";
import { toPayoutDto } from "@/lib/vendors/vendor-dto";

export const POST = withAuth<{ id: string }>({ permission: "payouts:run" }, async ({ req, actor, params }) => {
  const input = await readOptionalJson(req, PayVendorInput);
  return withIdempotency(req, actor, input, async () => {
    const payout = await payVendorNow(actor, { vendorId: params.id, currency: input.currency });
    return Response.json({ payout: toPayoutDto(payout) }, { status: 201 });
  });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
