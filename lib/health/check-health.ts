import "server-only";
import { db } from "../db";
import { logger } from "../logger";

const startedAt = Date.now();

export async function checkHealth() {
  let dbStatus: "ok" | "error" = "ok";
  const t0 = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
  } catch (error) {
    logger.error({ err: error }, "health check: database unreachable");
    dbStatus = "error";
  }
  return {
    status: dbStatus === "ok" ? ("ok" as const) : ("degraded" as const),
    db: dbStatus,
    dbLatencyMs: Math.round((performance.now() - t0) * 10) / 10,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    version: process.env.npm_package_version ?? "0.1.0",
    time: new Date().toISOString(),
  };
}
