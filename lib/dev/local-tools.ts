import "server-only";

/**
 * The developer pages (/dev/mail, /dev/runs) exist only when Travellr runs with its local stand-ins, i.e. started by
 * the npm scripts (which set TRAVELLR_LOCAL=1) and, for mail, with no SMTP server configured.
 */
export function localToolsEnabled(tool: "mail" | "runs"): boolean {
  if (process.env.TRAVELLR_LOCAL !== "1") return false;
  if (tool === "mail") return !process.env.SMTP_URL;
  return !process.env.INNGEST_EVENT_KEY && !process.env.INNGEST_SIGNING_KEY;
}
