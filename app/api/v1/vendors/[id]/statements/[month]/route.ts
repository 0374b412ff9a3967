// GET /api/v1/vendors/:id/statements/:yyyy-mm — the month's statement as CSV (that vendor or an admin)
import { validationError } from "@/lib/api/errors";
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { StatementMonth } from "@/lib/vendors/schemas";
import { getVendorStatement } from "@/lib/vendors/get-vendor-statement";

export const GET = withAuth<{ id: string; month: string }>(
  { permission: "earnings:read_own" },
  async ({ actor, params }) => {
    const month = StatementMonth.safeParse(params.month);
    if (!month.success) throw validationError(month.error, "The month is not valid");
    const { csv, filename } = await getVendorStatement(actor, params.id, month.data);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  },
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
