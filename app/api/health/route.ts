// GET /api/health — liveness: the process answers (cheap, no dependency touched). `?ready=1` runs the readiness
// checks of /api/health/ready. Neither body tells an anonymous caller the version or uptime.
import { readinessResponse } from "@/lib/health/readiness-response";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  if (new URL(req.url).searchParams.has("ready")) return readinessResponse();
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
