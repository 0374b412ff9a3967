import "server-only";
import { checkReadiness } from "./check-health";

export async function readinessResponse(): Promise<Response> {
  const readiness = await checkReadiness();
  const body =
    readiness.status === "ok"
      ? readiness
      : {
          ...readiness,
          message: `Not ready: ${readiness.down.join(", ")} ${readiness.down.length === 1 ? "is" : "are"} down`,
        };
  return Response.json(body, {
    status: readiness.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
