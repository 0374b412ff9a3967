import { afterEach, describe, expect, test, vi } from "vitest";
import { localToolsEnabled } from "./local-tools";

// /dev/mail and /dev/runs answer 404 (their pages call notFound()) whenever this says no.
describe("the developer pages exist only in local mode", () => {
  afterEach(() => vi.unstubAllEnvs());

  test("outside local mode (npm start, next start, node server.js): neither", () => {
    vi.stubEnv("TRAVELLR_LOCAL", "");
    vi.stubEnv("INNGEST_LOCAL_RUNNER", "1");
    vi.stubEnv("SMTP_URL", "");
    expect(localToolsEnabled("mail")).toBe(false);
    expect(localToolsEnabled("runs")).toBe(false);
  });

  test("local mode: the mail viewer without SMTP, the runs page with the local runner", () => {
    vi.stubEnv("TRAVELLR_LOCAL", "1");
    vi.stubEnv("INNGEST_LOCAL_RUNNER", "1");
    vi.stubEnv("SMTP_URL", "");
    expect(localToolsEnabled("mail")).toBe(true);
    expect(localToolsEnabled("runs")).toBe(true);
  });

  test("local mode with real services configured: those pages step aside", () => {
    vi.stubEnv("TRAVELLR_LOCAL", "1");
    vi.stubEnv("INNGEST_LOCAL_RUNNER", "");
    vi.stubEnv("SMTP_URL", "smtp://u:p@smtp.example:587");
    expect(localToolsEnabled("mail")).toBe(false);
    expect(localToolsEnabled("runs")).toBe(false);
  });
});
