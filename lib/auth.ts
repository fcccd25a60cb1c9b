import "server-only";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { isWeakPassword, MIN_PASSWORD_LENGTH, WEAK_PASSWORD_MESSAGE } from "./coach/password";
import { resolveAuthSecret } from "./auth-secret";
import { authDatabase } from "./db/auth-database";
import { takeRateLimit } from "./db/rate-limits";
import { env } from "./env";
import { newToken } from "./tokens";

/** A fresh intake code: unguessable, so only the coach's own link assigns reports to them. */
export function newIntakeCode(): string {
  return newToken(16);
}

async function createAuth() {
  const secret = resolveAuthSecret();
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
        if (ctx.path === "/sign-in/email") return limitSignInPerAccount((ctx.body as { email?: unknown } | undefined)?.email);
        if (ctx.path !== "/sign-up/email" && ctx.path !== "/change-password") return;
        const body = ctx.body as { password?: unknown; newPassword?: unknown } | undefined;
        const password = ctx.path === "/sign-up/email" ? body?.password : body?.newPassword;
        if (typeof password === "string" && isWeakPassword(password)) {
          throw new APIError("BAD_REQUEST", { code: "WEAK_PASSWORD", message: WEAK_PASSWORD_MESSAGE });
        }
      }),
    },
    advanced: {
      // The one address header better-auth reads is the one app/api/auth sets from the socket and TRUST_PROXY
      // (lib/client-address.ts); a client's X-Forwarded-For never reaches its limiter.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      // Session cookies only over https when the app is served over https (and then always).
      useSecureCookies: env.APP_URL.startsWith("https://"),
    },
    // Counters live in the rateLimit table, taken in one atomic statement, so every app instance sees the same count
    // and two of them cannot both take the last attempt.
    rateLimit: {
      enabled: true,
      customStorage: {
        consume: async (key, rule) => {
          const verdict = await takeRateLimit({ key, max: rule.max, windowSeconds: rule.window });
          return { allowed: verdict.allowed, retryAfter: verdict.allowed ? null : verdict.retryAfterSeconds };
        },
      },
      customRules: {
        "/sign-in/email": { window: env.SIGN_IN_WINDOW_SECONDS, max: env.SIGN_IN_MAX_ATTEMPTS },
        "/sign-up/email": { window: 60, max: env.SIGN_UP_MAX_PER_MINUTE },
      },
    },
    plugins: [nextCookies()],
  });
}

/**
 * Sign-in attempts per account, beside better-auth's per-address limit: an attacker with many addresses still
 * gets SIGN_IN_MAX_ATTEMPTS guesses at one coach's password per window.
 */
async function limitSignInPerAccount(email: unknown): Promise<void> {
  if (typeof email !== "string") return;
  const account = email.trim().toLowerCase().slice(0, 320);
  const limit = await takeRateLimit({
    key: `sign-in-account:${account}`,
    max: env.SIGN_IN_MAX_ATTEMPTS,
    windowSeconds: env.SIGN_IN_WINDOW_SECONDS,
  });
  if (!limit.allowed) {
    throw new APIError("TOO_MANY_REQUESTS", {
      code: "RATE_LIMITED",
      message: `Too many sign-in attempts for this account. Try again in ${limit.retryAfterSeconds} seconds.`,
    });
  }
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
