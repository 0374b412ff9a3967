import "server-only";
import type { Role } from "@prisma/client";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { AppError } from "../errors";
import { logger } from "../logger";
import { LoginInput } from "../users/schemas";
import { verifyCredentials } from "../users/verify-credentials";
import { loadActiveActor } from "./load-actor";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
  }
}

// Browser sessions: Auth.js credentials provider with JWT sessions. The jwt callback re-reads the user on every
// request, so a deactivated user or a changed role takes effect at once (returning null clears the session).
// A static config (not the per-request callback form): it is built once, not on every auth() call. The secret is read
// from AUTH_SECRET, which lib/env.ts validates at start-up.
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: process.env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
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
      async authorize(raw) {
        const parsed = LoginInput.safeParse({ email: raw?.email, password: raw?.password });
        if (!parsed.success) throw new CredentialsSignin();
        try {
          const user = await verifyCredentials(parsed.data);
          return { id: user.id, email: user.email, name: user.name, role: user.role };
        } catch (error) {
          if (error instanceof AppError) throw new CredentialsSignin();
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const userId = user?.id ?? token.sub;
      if (!userId) return null;
      const actor = await loadActiveActor(userId);
      if (!actor) return null;
      return { ...token, sub: actor.id, name: actor.name, email: actor.email, role: actor.role };
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = (token.role as Role | undefined) ?? "traveller";
      return session;
    },
  },
});
