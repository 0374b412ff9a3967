import { describe, expect, test } from "vitest";
import { allowHeader, allowOnly } from "./method-not-allowed";

const req = (method: string) =>
  new Request("http://localhost/api/v1/bookings", { method: method === "HEAD" ? "HEAD" : method });

describe("allowOnly", () => {
  test("a refused method is a 405 in the error shape with the Allow header", async () => {
    const { DELETE } = allowOnly("GET", "POST");
    const res = DELETE(req("DELETE"));
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    expect(await res.json()).toEqual({
      error: { code: "method_not_allowed", message: "DELETE is not supported here; use GET, HEAD, OPTIONS, POST" },
    });
  });

  test("OPTIONS lists only what the route serves", () => {
    const res = allowOnly("POST").OPTIONS(req("OPTIONS"));
    expect(res.status).toBe(204);
    expect(res.headers.get("allow")).toBe("OPTIONS, POST");
  });

  test.each([
    [["POST"], ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "PUT"]],
    [["GET"], ["DELETE", "OPTIONS", "PATCH", "POST", "PUT"]],
    [
      ["GET", "PUT", "DELETE"],
      ["OPTIONS", "PATCH", "POST"],
    ],
  ] as const)("allowOnly(%j) answers for %j", (allowed, refused) => {
    expect(Object.keys(allowOnly(...allowed)).sort()).toEqual(refused);
  });

  test.each([
    [["POST"], "OPTIONS, POST"],
    [["GET"], "GET, HEAD, OPTIONS"],
    [["PATCH"], "OPTIONS, PATCH"],
    [["POST", "DELETE"], "DELETE, OPTIONS, POST"],
  ] as const)("Allow for %j is %s", (allowed, header) => {
    expect(allowHeader(allowed)).toBe(header);
  });
});
