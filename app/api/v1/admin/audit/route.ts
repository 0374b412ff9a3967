// GET /api/v1/admin/audit — audit entries, newest first (admin)
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { pageResponse } from "@/lib/pagination";
import { readQuery } from "@/lib/api/query";
import { listAudit, toAuditDto } from "@/lib/admin/list-audit";
import { AuditQuery } from "@/lib/admin/schemas";

export const GET = withAuth({ permission: "audit:read" }, async ({ req, actor }) => {
  const query = readQuery(req, AuditQuery);
  const { total, rows } = await listAudit(actor, query);
  return Response.json(pageResponse(rows.map(toAuditDto), query, total));
});

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");
