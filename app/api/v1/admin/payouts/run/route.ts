// POST /api/v1/admin/payouts/run — pay every vendor due for its schedule's last ended period, now
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { runDuePayouts } from "@/lib/payouts/run-scheduled-payouts";

export const POST = withAuth({ permission: "payouts:run" }, async ({ actor }) =>
  Response.json({ run: await runDuePayouts(actor) }),
);

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");
