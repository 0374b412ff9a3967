// Runs once when the server starts: a missing or malformed environment variable stops it with the variable's name,
// and the event outbox drainer starts sending committed domain events to Inngest.
export async function register() {
  // `next build` may load this too; configuration is checked when a server starts, not at build time
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { env } = await import("./lib/env");
    try {
      env();
    } catch (error) {
      // a server that cannot work must not answer requests (Next.js would log this and carry on)
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
    const { startOutboxDrainer } = await import("./lib/events/dispatch-outbox");
    startOutboxDrainer();
  }
}
