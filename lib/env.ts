import "server-only";
import { z } from "zod";
import { formatMissing, isLocalMode, missingProductionConfig } from "./production-config";

// Parsed once at start-up (instrumentation.ts imports this). The presence of a service's variables is what switches
// Travellr from the local stand-in to the real service, so optional groups are validated as groups.
const optionalUrl = z.url().optional();
const unsetIfBlank = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema);

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)"),
    APP_URL: z.url().default("http://localhost:3000"),
    // the booking path's statements as named prepared statements (lib/db-pool.ts); "false" for a pooler that cannot
    // keep them (PgBouncer before 1.21, or with max_prepared_statements = 0, in transaction mode)
    DATABASE_PREPARED_STATEMENTS: z.enum(["true", "false"]).default("true"),
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
    // uploaded images (lib/storage/storage.ts): an S3-compatible bucket when S3_BUCKET is set, else this disk; a
    // variable left blank in .env (`S3_BUCKET=`) counts as unset
    UPLOADS_DIR: unsetIfBlank(z.string().trim().default(".data/uploads")),
    S3_BUCKET: unsetIfBlank(z.string().trim().optional()),
    S3_REGION: unsetIfBlank(z.string().trim().optional()),
    S3_ENDPOINT: unsetIfBlank(optionalUrl),
    S3_ACCESS_KEY_ID: unsetIfBlank(z.string().trim().optional()),
    S3_SECRET_ACCESS_KEY: unsetIfBlank(z.string().trim().optional()),
    // trip images must be https:// URLs (lib/api/fields.ts) and the CSP allows images from https: only
    S3_PUBLIC_URL: unsetIfBlank(z.url({ protocol: /^https$/, error: "must be an https:// URL" }).optional()),
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
    s3Group(env, ctx);
  });

/** S3 settings only mean something with a bucket; a bucket needs its region; keys come as a pair (or not at all). */
const S3_OTHERS = ["S3_REGION", "S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PUBLIC_URL"] as const;
type S3Settings = Partial<Record<(typeof S3_OTHERS)[number] | "S3_BUCKET", string>>;

function s3Group(env: S3Settings, ctx: z.RefinementCtx) {
  const present = S3_OTHERS.find((name) => env[name]);
  if (!env.S3_BUCKET && present)
    ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: `is required when ${present} is set` });
  if (env.S3_BUCKET && !env.S3_REGION)
    ctx.addIssue({
      code: "custom",
      path: ["S3_REGION"],
      message: "is required when S3_BUCKET is set (e.g. us-east-1; auto for Cloudflare R2)",
    });
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    const [missing, given] = env.S3_ACCESS_KEY_ID
      ? ["S3_SECRET_ACCESS_KEY", "S3_ACCESS_KEY_ID"]
      : ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"];
    ctx.addIssue({ code: "custom", path: [missing], message: `is required when ${given} is set` });
  }
}

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
