import { createHash, randomBytes } from "node:crypto";

/** An unguessable id or secret: 128 bits from the system's cryptographic source, URL-safe. */
export function newToken(bytes = 16): string {
  return randomBytes(bytes).toString("base64url");
}

/** What the database keeps instead of a secret: a leaked table gives no one a working link or cookie. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens are base64url of at least 16 bytes: anything else is refused before a query runs. */
export function isWellFormedToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{22,64}$/.test(value);
}
