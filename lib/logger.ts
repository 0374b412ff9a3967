import pino from "pino";

// Structured JSON logs in production, one line each; readable enough in development too.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: { app: "travellr" },
  redact: { paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization"], censor: "[redacted]" },
  serializers: { err: pino.stdSerializers.err },
});
