import { createAuthClient } from "better-auth/client";
import { MIN_PASSWORD_LENGTH } from "@/lib/coach/password";
import { wrongOriginMessage } from "@/lib/errors";

/** better-auth's browser client: it calls /api/auth on this origin, where sign-in is rate-limited. */
export const authClient = createAuthClient();

const MESSAGES: Record<string, string> = {
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "An account with this email already exists. Sign in instead, or use another email.",
  USER_ALREADY_EXISTS: "An account with this email already exists. Sign in instead, or use another email.",
  INVALID_EMAIL_OR_PASSWORD: "That email and password do not match an account. Check both and try again.",
  INVALID_PASSWORD: "Your current password is not right. Check it and try again.",
  INVALID_EMAIL: "Enter a valid email address.",
  PASSWORD_TOO_SHORT: `Choose a stronger password: at least ${MIN_PASSWORD_LENGTH} characters.`,
  PASSWORD_TOO_LONG: "That password is too long: use at most 128 characters.",
};

/**
 * A sentence for the person at the form, with the library's code kept for tests. `appUrl` is the address the
 * server expects, named when the library refuses this page's origin.
 */
export function authErrorMessage(
  error: { code?: string; status: number; message?: string },
  appUrl: string,
  path: string,
): { code: string; message: string } {
  if (error.code === "INVALID_ORIGIN") return { code: "wrong-origin", message: wrongOriginMessage(appUrl, path) };
  if (error.status === 429) {
    return {
      code: "RATE_LIMITED",
      message: "Too many sign-in attempts for this account or from this address. Wait a minute, then try again.",
    };
  }
  const code = error.code ?? "UNKNOWN";
  if (code === "WEAK_PASSWORD" && error.message) return { code, message: error.message };
  return { code, message: MESSAGES[code] ?? "Something went wrong. Try again in a moment." };
}
