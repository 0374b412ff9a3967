// Any other /api/v1 path — a JSON 404 in the API's error shape instead of an HTML page
import { errorResponse } from "@/lib/api/errors";
import { AppError } from "@/lib/errors";
import { withApiHeaders } from "@/lib/security/api-headers";

function unknownEndpoint(req: Request) {
  const { pathname } = new URL(req.url);
  return withApiHeaders(req, errorResponse(new AppError("not_found", `No endpoint ${req.method} ${pathname}`)));
}

export {
  unknownEndpoint as GET,
  unknownEndpoint as POST,
  unknownEndpoint as PUT,
  unknownEndpoint as PATCH,
  unknownEndpoint as DELETE,
};
