import "server-only";
import { z } from "zod";
import { formatMissing, isLocalMode, missingProductionConfig } from "./production-config";

// Parsed once at start-up (instrumentation.ts imports this). The presence of a service's variables is what switches
// Travellr from the local stand-in to the real service, so optional groups are validated as groups.
const optionalUrl = z.url().optional();

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)"),
    APP_URL: z.url().default("http://localhost:3000"),
    SMTP_URL: optionalUrl,
    MAIL_FROM: z.string().default("Travellr <no-reply@travellr.local>"),
    STRIPE_SECRET_KEY: z.string().startsWith("sk_").optional(),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: z.string().startsWith("pk_").optional(),
    STRIPE_LOCAL_PORT: z.coerce.number().int().positive().default(12111),
    INNGEST_EVENT_KEY: z.string().optional(),
    INNGEST_SIGNING_KEY: z.string().optional(),
    INNGEST_BASE_URL: optionalUrl,
    UPSTASH_REDIS_REST_URL: optionalUrl,
    UPSTASH_REDIS_REST_TOKEN: z.string().optional(),
    // sign-ups allowed per client IP per hour (lib/rate-limit); the e2e suite registers every user from one IP
    RATE_LIMIT_REGISTER_PER_HOUR: z.coerce.number().int().positive().default(20),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace"]).default("info"),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.UPSTASH_REDIS_REST_URL) !== Boolean(env.UPSTASH_REDIS_REST_TOKEN)) {
      const [missing, present] = env.UPSTASH_REDIS_REST_URL
        ? ["UPSTASH_REDIS_REST_TOKEN", "UPSTASH_REDIS_REST_URL"]
        : ["UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN"];
      ctx.addIssue({ code: "custom", path: [missing], message: `is required when ${present} is set` });
    }
    // Inngest Cloud: event key + signing key; self-hosted: base URL + signing key (the event key is optional there)
    if (env.INNGEST_EVENT_KEY && !env.INNGEST_SIGNING_KEY)
      ctx.addIssue({
        code: "custom",
        path: ["INNGEST_SIGNING_KEY"],
        message: "is required when INNGEST_EVENT_KEY is set",
      });
    if (env.INNGEST_SIGNING_KEY && !env.INNGEST_EVENT_KEY && !env.INNGEST_BASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["INNGEST_EVENT_KEY"],
        message: "is required when INNGEST_SIGNING_KEY is set (or set INNGEST_BASE_URL for a self-hosted Inngest)",
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example for every variable.`);
  }
  return result.data;
}

/**
 * A production server (NODE_ENV=production outside local mode) refuses to run unless every service is configured:
 * it never falls back to a local stand-in. Local mode is set only by the npm scripts (dev, test, preview).
 */
export function assertProductionReady(source: Record<string, string | undefined>) {
  if (source.NODE_ENV !== "production" || isLocalMode(source)) return;
  const missing = missingProductionConfig(source);
  if (missing.length > 0) throw new Error(formatMissing(missing));
}

let cached: Env | undefined;
/** Read lazily (never at import time), so `next build` needs no runtime configuration. */
export function env(): Env {
  if (!cached) {
    assertProductionReady(process.env);
    cached = parseEnv(process.env);
  }
  return cached;
}
