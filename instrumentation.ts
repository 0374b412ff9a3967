// Runs once when the server starts: a missing or malformed environment variable stops it with the variable's name.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    env();
  }
}
