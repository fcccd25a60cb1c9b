import "server-only";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { isWeakPassword, MIN_PASSWORD_LENGTH, WEAK_PASSWORD_MESSAGE } from "./coach/password";
import { getOrCreateAppSecret } from "./db/app-secrets";
import { authDatabase } from "./db/auth-database";
import { env } from "./env";
import { newToken } from "./tokens";

/** A fresh intake code: unguessable, so only the coach's own link assigns reports to them. */
export function newIntakeCode(): string {
  return newToken(16);
}

async function createAuth() {
  // Without a configured secret, the first instance to start makes one and stores it: restarts keep sessions valid.
  const secret = env.BETTER_AUTH_SECRET ?? (await getOrCreateAppSecret({ name: "better-auth-secret", candidate: newToken(48) }));
  return betterAuth({
    appName: "SkillGap",
    baseURL: env.APP_URL,
    trustedOrigins: [new URL(env.APP_URL).origin],
    secret,
    database: authDatabase(),
    emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, autoSignIn: true },
    user: { additionalFields: { intakeCode: { type: "string", required: false, input: false } } },
    databaseHooks: {
      user: { create: { before: async (user) => ({ data: { ...user, intakeCode: newIntakeCode() } }) } },
    },
    hooks: {
      // The library checks length only; a long but guessable password is refused with its own code.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-up/email" && ctx.path !== "/change-password") return;
        const body = ctx.body as { password?: unknown; newPassword?: unknown } | undefined;
        const password = ctx.path === "/sign-up/email" ? body?.password : body?.newPassword;
        if (typeof password === "string" && isWeakPassword(password)) {
          throw new APIError("BAD_REQUEST", { code: "WEAK_PASSWORD", message: WEAK_PASSWORD_MESSAGE });
        }
      }),
    },
    // Counters live in the rateLimit table, so every app instance sees the same count.
    rateLimit: {
      enabled: true,
      storage: "database",
      customRules: {
        "/sign-in/email": { window: env.SIGN_IN_WINDOW_SECONDS, max: env.SIGN_IN_MAX_ATTEMPTS },
        "/sign-up/email": { window: 60, max: 20 },
      },
    },
    // Session cookies only over https when the app is served over https (and then always).
    advanced: { useSecureCookies: env.APP_URL.startsWith("https://") },
    plugins: [nextCookies()],
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const globalForAuth = globalThis as unknown as { skillgapAuth?: Promise<Auth> };

/** The one better-auth instance, made on first use (it needs the stored secret, which needs the database). */
export function getAuth(): Promise<Auth> {
  globalForAuth.skillgapAuth ??= createAuth().catch((error: unknown) => {
    globalForAuth.skillgapAuth = undefined;
    throw error;
  });
  return globalForAuth.skillgapAuth;
}
