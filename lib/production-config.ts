// What a production server (`npm start`, `node server.js`) needs configured. Local mode — the stand-ins started by
// `npm run dev`, `npm test` and `npm run preview` — is the only way to run without these; production never falls
// back to a stand-in. No "server-only" here: local/run.ts checks the list before it starts `next start`.
import { plural } from "./text/plural";

export interface Requirement {
  /** the variable, or the alternatives that satisfy the requirement ("A or B") */
  name: string;
  where: string;
}

type Source = Record<string, string | undefined>;
const set = (source: Source, name: string) => Boolean(source[name]?.trim());

const REQUIREMENTS: (Requirement & { satisfied: (s: Source) => boolean })[] = [
  {
    name: "DATABASE_URL",
    where: "postgresql:// URL of your PostgreSQL 15+ (a managed database, ideally behind a pooler such as PgBouncer)",
    satisfied: (s) => set(s, "DATABASE_URL"),
  },
  {
    name: "AUTH_SECRET",
    where: "32+ random characters that sign sessions and API tokens: openssl rand -base64 32",
    satisfied: (s) => set(s, "AUTH_SECRET"),
  },
  {
    name: "APP_URL",
    where: "the public https:// address of the site, used in emails and Stripe return URLs",
    satisfied: (s) => set(s, "APP_URL"),
  },
  {
    name: "STRIPE_SECRET_KEY",
    where: "Stripe Dashboard → Developers → API keys → Secret key (sk_live_… or sk_test_…)",
    satisfied: (s) => set(s, "STRIPE_SECRET_KEY"),
  },
  {
    name: "STRIPE_WEBHOOK_SECRET",
    where:
      "Stripe Dashboard → Developers → Webhooks → endpoint <APP_URL>/api/webhooks/stripe → Signing secret (whsec_…)",
    satisfied: (s) => set(s, "STRIPE_WEBHOOK_SECRET"),
  },
  {
    name: "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY",
    where: "Stripe Dashboard → Developers → API keys → Publishable key (pk_…)",
    satisfied: (s) => set(s, "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY"),
  },
  {
    name: "INNGEST_SIGNING_KEY",
    where:
      "Inngest Cloud → your app → Manage → Signing key (self-hosted: the --signing-key the server was started with)",
    satisfied: (s) => set(s, "INNGEST_SIGNING_KEY"),
  },
  {
    name: "INNGEST_EVENT_KEY or INNGEST_BASE_URL",
    where:
      "Inngest Cloud → Manage → Event keys; for a self-hosted Inngest server set INNGEST_BASE_URL (its URL) instead",
    satisfied: (s) => set(s, "INNGEST_EVENT_KEY") || set(s, "INNGEST_BASE_URL"),
  },
  {
    name: "UPSTASH_REDIS_REST_URL",
    where: "Upstash console → your Redis database → REST API → UPSTASH_REDIS_REST_URL",
    satisfied: (s) => set(s, "UPSTASH_REDIS_REST_URL"),
  },
  {
    name: "UPSTASH_REDIS_REST_TOKEN",
    where: "Upstash console → your Redis database → REST API → UPSTASH_REDIS_REST_TOKEN",
    satisfied: (s) => set(s, "UPSTASH_REDIS_REST_TOKEN"),
  },
  {
    name: "SMTP_URL",
    where: "smtp(s)://user:password@host:port from your mail provider (Postmark, SES, Resend SMTP…)",
    satisfied: (s) => set(s, "SMTP_URL"),
  },
];

/** The requirements a production server is missing, in checklist order (empty when it may start). */
export function missingProductionConfig(source: Source): Requirement[] {
  return REQUIREMENTS.filter((r) => !r.satisfied(source)).map(({ name, where }) => ({ name, where }));
}

/** Every requirement, for documentation and tests. */
export const productionRequirements: Requirement[] = REQUIREMENTS.map(({ name, where }) => ({ name, where }));

/** Local mode is set only by the npm scripts that start the stand-ins (dev, test, preview). */
export function isLocalMode(source: Source = process.env): boolean {
  return source.TRAVELLR_LOCAL === "1";
}

export function formatMissing(missing: Requirement[]): string {
  const width = Math.max(...missing.map((m) => m.name.length));
  return [
    `Travellr cannot start in production: ${plural(missing.length, "setting is", "settings are")} missing.`,
    ...missing.map((m) => `  ${m.name.padEnd(width)}  ${m.where}`),
    "Set them in the environment (or .env.production.local). To run the production build on the local stand-ins instead, use `npm run preview`.",
  ].join("\n");
}
