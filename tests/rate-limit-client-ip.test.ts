import { expect, test } from "vitest";
import { clientIp } from "@/lib/rate-limit/client-ip";

const req = (headers: Record<string, string>) => new Request("http://localhost/", { headers });

test.each([
  [{ "x-real-ip": "203.0.113.5", "x-forwarded-for": "198.51.100.1" }, "203.0.113.5"],
  [{ "x-forwarded-for": "198.51.100.1, 10.0.0.1, 10.0.0.2" }, "198.51.100.1"],
  [{ "x-forwarded-for": " 2001:DB8::1 " }, "2001:db8::1"],
  [{ "x-forwarded-for": "::ffff:127.0.0.1" }, "127.0.0.1"],
  [{ "x-forwarded-for": "::1" }, "::1"],
  [{ "x-forwarded-for": "not an ip, 198.51.100.1" }, "unknown"],
  [{ "x-real-ip": "", "x-forwarded-for": "198.51.100.9" }, "198.51.100.9"],
  [{}, "unknown"],
])("%o → %s", (headers, ip) => {
  expect(clientIp(req(headers))).toBe(ip);
});
