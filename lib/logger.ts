import pino from "pino";

// Structured JSON logs in production, one line each; readable enough in development too.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: { app: "travellr" },
  // secrets never reach a log line, wherever they sit in the logged object
  redact: {
    paths: [
      "password",
      "*.password",
      "token",
      "*.token",
      "authorization",
      "*.authorization",
      "cookie",
      "*.cookie",
      "headers.cookie",
      "headers.authorization",
      "secret",
      "*.secret",
      "clientSecret",
      "*.clientSecret",
      "signingKey",
      "*.signingKey",
      "apiKey",
      "*.apiKey",
    ],
    censor: "[redacted]",
  },
  serializers: { err: pino.stdSerializers.err },
});
