import "server-only";

/**
 * The developer pages (/dev/mail, /dev/runs) exist only when Travellr runs with its local stand-ins, i.e. started by
 * the npm scripts (which set TRAVELLR_LOCAL=1): mail with no SMTP server configured, runs when the app uses the local
 * Inngest runner (the scripts set INNGEST_LOCAL_RUNNER=1; its keys look like any other Inngest's, so they cannot tell).
 */
export function localToolsEnabled(tool: "mail" | "runs"): boolean {
  if (process.env.TRAVELLR_LOCAL !== "1") return false;
  if (tool === "mail") return !process.env.SMTP_URL;
  return process.env.INNGEST_LOCAL_RUNNER === "1";
}
