import { describe, expect, test } from "vitest";
import { formatMissing, isLocalMode, missingProductionConfig, productionRequirements } from "./production-config";

const COMPLETE = {
  DATABASE_URL: "postgresql://u:p@db:5432/travellr",
  AUTH_SECRET: "x".repeat(32),
  APP_URL: "https://travellr.example",
  STRIPE_SECRET_KEY: "sk_live_x",
  STRIPE_WEBHOOK_SECRET: "whsec_x",
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: "pk_live_x",
  INNGEST_SIGNING_KEY: "signkey-prod-x",
  INNGEST_EVENT_KEY: "evt",
  UPSTASH_REDIS_REST_URL: "https://eu1-x.upstash.io",
  UPSTASH_REDIS_REST_TOKEN: "tok",
  SMTP_URL: "smtp://u:p@smtp.example:587",
};

describe("production configuration", () => {
  test("nothing configured: every requirement is listed, each with where to get it", () => {
    const missing = missingProductionConfig({});
    expect(missing.map((m) => m.name)).toEqual(productionRequirements.map((r) => r.name));
    const text = formatMissing(missing);
    for (const name of [
      "DATABASE_URL",
      "AUTH_SECRET",
      "STRIPE_SECRET_KEY",
      "STRIPE_WEBHOOK_SECRET",
      "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY",
      "INNGEST_SIGNING_KEY",
      "UPSTASH_REDIS_REST_URL",
      "UPSTASH_REDIS_REST_TOKEN",
      "SMTP_URL",
    ]) {
      expect(text).toContain(name);
    }
    expect(text).toContain("npm run preview");
  });

  test("everything configured: may start", () => {
    expect(missingProductionConfig(COMPLETE)).toEqual([]);
  });

  test("self-hosted Inngest: a base URL replaces the event key, the signing key stays required", () => {
    const { INNGEST_EVENT_KEY: _unused, ...selfHosted } = COMPLETE;
    expect(missingProductionConfig({ ...selfHosted, INNGEST_BASE_URL: "https://inngest.internal" })).toEqual([]);
    expect(missingProductionConfig(selfHosted).map((m) => m.name)).toEqual(["INNGEST_EVENT_KEY or INNGEST_BASE_URL"]);
    const { INNGEST_SIGNING_KEY: _key, ...unsigned } = COMPLETE;
    expect(missingProductionConfig(unsigned).map((m) => m.name)).toEqual(["INNGEST_SIGNING_KEY"]);
  });

  test("blank values count as missing", () => {
    expect(missingProductionConfig({ ...COMPLETE, SMTP_URL: "  " }).map((m) => m.name)).toEqual(["SMTP_URL"]);
  });

  test("local mode is only what the npm scripts set", () => {
    expect(isLocalMode({ TRAVELLR_LOCAL: "1" })).toBe(true);
    expect(isLocalMode({})).toBe(false);
    expect(isLocalMode({ TRAVELLR_LOCAL: "true" })).toBe(false);
  });
});
