// Runs once when the server starts: a missing or malformed environment variable stops it with the variable's name,
// and the event outbox drainer starts sending committed domain events to Inngest.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    env();
    const { startOutboxDrainer } = await import("./lib/events/dispatch-outbox");
    startOutboxDrainer();
  }
}
