import { describe, expect, test } from "vitest";
import { assertProductionReady, parseEnv } from "./env";

const base = { DATABASE_URL: "postgresql://u:p@localhost:5432/db", AUTH_SECRET: "x".repeat(32) };

describe("parseEnv", () => {
  test("accepts a minimal configuration and fills defaults", () => {
    const env = parseEnv(base);
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.STRIPE_LOCAL_PORT).toBe(12111);
    expect(env.STRIPE_SECRET_KEY).toBeUndefined();
  });

  test.each([
    [{ ...base, DATABASE_URL: undefined }, "DATABASE_URL"],
    [{ ...base, DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ ...base, AUTH_SECRET: "short" }, "AUTH_SECRET"],
    [{ ...base, STRIPE_SECRET_KEY: "pk_live_wrong" }, "STRIPE_SECRET_KEY"],
    [{ ...base, UPSTASH_REDIS_REST_URL: "https://r.example.com" }, "UPSTASH_REDIS_REST_TOKEN"],
    [{ ...base, INNGEST_SIGNING_KEY: "signkey" }, "INNGEST_EVENT_KEY"],
    [{ ...base, INNGEST_EVENT_KEY: "evt" }, "INNGEST_SIGNING_KEY"],
  ])("names the variable that is missing or malformed (%#)", (source, name) => {
    expect(() => parseEnv(source)).toThrow(new RegExp(`${name}:`));
  });
});

describe("assertProductionReady", () => {
  test("a production server outside local mode refuses to run without its services, naming each", () => {
    expect(() => assertProductionReady({ NODE_ENV: "production", ...base })).toThrow(
      /STRIPE_SECRET_KEY[\s\S]*UPSTASH_REDIS_REST_URL[\s\S]*SMTP_URL/,
    );
  });
  test("local mode (npm run preview) and development may run on the stand-ins", () => {
    expect(() => assertProductionReady({ NODE_ENV: "production", TRAVELLR_LOCAL: "1", ...base })).not.toThrow();
    expect(() => assertProductionReady({ NODE_ENV: "development", ...base })).not.toThrow();
  });
  test("a self-hosted Inngest needs no event key", () => {
    expect(() =>
      parseEnv({ ...base, INNGEST_SIGNING_KEY: "signkey", INNGEST_BASE_URL: "https://inngest.internal" }),
    ).not.toThrow();
  });
});
