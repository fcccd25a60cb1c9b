/**
 * The security headers every response carries. The page policy is a strict CSP: scripts run only with this
 * request's nonce (and what they load, through 'strict-dynamic'), so an injected <script> or inline handler never
 * runs. It needs a nonce per request, so proxy.ts sets it; the rest are the same for every response and
 * next.config.ts sets them.
 */
export function contentSecurityPolicy({ nonce, development, https }: { nonce: string; development: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    // The dev server's overlay and fast refresh evaluate code; a production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (a laptop, a test server) upgrading would point every request at a port nobody serves.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Browser features no SkillGap page uses: denied to the page and to anything it could be tricked into loading. */
export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "hid=()",
  "magnetometer=()",
  "gyroscope=()",
  "accelerometer=()",
  "display-capture=()",
  "interest-cohort=()",
  "browsing-topics=()",
].join(", ");

/** Headers for every response. HSTS only over https: sent over http it would be ignored at best. */
export function staticSecurityHeaders({ https }: { https: boolean }): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** A fresh nonce: 128 bits from the system's cryptographic source. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
