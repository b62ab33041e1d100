// Auth.js (next-auth v5) configuration: Credentials provider, JWT sessions that carry only
// the user id (sub) and a session version (sv). Roles are never read from the token; see
// lib/auth/current-user.ts and docs/decisions/0003-sessions.md. A successful sign-in runs
// lib/actions/auth/after-sign-in.ts (claiming a quiz taken signed out), inside the sign-in POST.
// Signing out (the app's button or Auth.js's /api/auth/signout) revokes the session.
// It lives in lib/actions because the sign-in POST wires accounts and fit-quiz data together,
// which lib/auth (below lib/data in the layers) may not import.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/authenticate";
import { clientIp } from "@/lib/auth/client-ip";
import { revokeSessions } from "@/lib/data/accounts";
import { afterSignIn } from "@/lib/actions/auth/after-sign-in";
import { sessionSecret } from "@/lib/auth/session-secret";
import { logger } from "@/lib/log";

export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

const SESSION_MAX_AGE = 60 * 60 * 24 * 14; // 14 days

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: sessionSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authenticate(credentials, clientIp(request.headers));
        if (result.ok) {
          await afterSignIn(result.user.id, request.headers);
          return { id: result.user.id, sessionVersion: result.user.sessionVersion };
        }
        if (result.reason === "throttled") throw new ThrottledSignin();
        return null;
      },
    }),
  ],
  events: {
    // Clearing the cookie alone would leave a copied cookie working until it expires: bump
    // the session version so every copy dies on its next request (docs/decisions/0003).
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sub === "string" && typeof token.sv === "number") await revokeSessions(token.sub, token.sv);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      // Keep the token minimal: no name, email or roles.
      if (user) return { sub: user.id, sv: (user as { sessionVersion?: number }).sessionVersion ?? 0 };
      return { sub: token.sub, sv: token.sv };
    },
    session({ session, token }) {
      return {
        expires: session.expires,
        user: { id: token.sub ?? "" },
        sv: typeof token.sv === "number" ? token.sv : -1,
      } as unknown as typeof session;
    },
  },
  logger: {
    error(error) {
      // Failed credentials and tampered cookies are expected; everything else is logged.
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin" || type === "JWTSessionError") return;
      logger.error({ err: error }, "auth: error");
    },
    warn() {},
  },
}));
