// GET/PUT /api/v1/vendors/:id — a vendor's profile and payout settings (that vendor or an admin)
import { readJson } from "@/lib/api/body";
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { UpdateVendorInput } from "@/lib/vendors/schemas";
import { updateVendorProfile } from "@/lib/vendors/update-vendor-profile";
import { loadVendorFor } from "@/lib/vendors/access";
import { toVendorDto } from "@/lib/vendors/vendor-dto";

type P = { id: string };

export const GET = withAuth<P>({ permission: "earnings:read_own" }, async ({ actor, params }) => {
  const { profile } = await loadVendorFor(actor, params.id);
  return Response.json({ vendor: toVendorDto(profile) });
});

export const PUT = withAuth<P>({ permission: "vendors:update_own" }, async ({ req, actor, params }) => {
  const input = await readJson(req, UpdateVendorInput);
  return Response.json({ vendor: toVendorDto(await updateVendorProfile(actor, params.id, input)) });
});

export const { OPTIONS, POST, PATCH, DELETE } = allowOnly("GET", "PUT");
