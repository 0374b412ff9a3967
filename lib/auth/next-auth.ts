import "server-only";
import type { Role } from "@prisma/client";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { AppError } from "../errors";
import { logger } from "../logger";
import { clientIp } from "../rate-limit/client-ip";
import { guardPasswordLogin } from "../rate-limit/limits";
import { LoginInput } from "../users/schemas";
import { verifyCredentials } from "../users/verify-credentials";
import { loadSessionActor } from "./load-actor";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
  }
}

// Browser sessions: Auth.js credentials provider with JWT sessions. The jwt callback re-reads the user on every
// request, so a deactivated user or a changed role takes effect at once (returning null clears the session), and a
// session issued before the user's last logout (an older session version) is refused. Sessions last 7 days from the
// last page visit: proxy.ts re-issues the cookie on navigations (sliding renewal).
// A static config (not the per-request callback form): it is built once, not on every auth() call. The secret is read
// from AUTH_SECRET, which lib/env.ts validates at start-up.
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: process.env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  logger: {
    // a wrong password is an expected outcome, not an error worth a stack trace in the logs
    error: (error) => {
      if (error.name !== "CredentialsSignin") logger.error({ err: error }, "auth error");
    },
    warn: (code) => logger.warn({ code }, "auth warning"),
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = LoginInput.safeParse({ email: raw?.email, password: raw?.password });
        if (!parsed.success) throw new CredentialsSignin();
        try {
          // the same lockout and per-IP limit as the REST login; Auth.js passes the request's headers on
          const user = await guardPasswordLogin({ email: parsed.data.email, ip: clientIp(request) }, () =>
            verifyCredentials(parsed.data),
          );
          return { id: user.id, email: user.email, name: user.name, role: user.role };
        } catch (error) {
          // the code tells the login form why: "credentials", "rate_limited" or "service_unavailable"
          if (error instanceof AppError)
            throw Object.assign(new CredentialsSignin(), {
              code: error.code === "invalid_credentials" ? "credentials" : error.code,
            });
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const userId = user?.id ?? token.sub;
      if (!userId) return null;
      const found = await loadSessionActor(userId);
      if (!found) return null;
      // sign-in stamps the current version; a different one means the user logged out or was deactivated since
      const sessionVersion = user ? found.sessionVersion : token.sv;
      if (sessionVersion !== found.sessionVersion) return null;
      const { actor } = found;
      return { ...token, sub: actor.id, name: actor.name, email: actor.email, role: actor.role, sv: sessionVersion };
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = (token.role as Role | undefined) ?? "traveller";
      return session;
    },
  },
});
