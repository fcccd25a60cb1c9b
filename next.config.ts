import type { NextConfig } from "next";
import { env } from "./lib/env";
import { staticSecurityHeaders } from "./lib/security-headers";

const LINK_PAGE_HEADERS = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Robots-Tag", value: "noindex, nofollow, noarchive" },
];

const nextConfig: NextConfig = {
  // pdf-parse loads pdf.js's worker file from its own folder: bundling it breaks every upload at run time.
  serverExternalPackages: ["pdf-parse", "better-sqlite3", "mammoth", "tesseract.js", "@napi-rs/canvas", "word-list"],
  experimental: {
    // Uploads are capped at 5 MB by the app; the multipart body carries a little more.
    serverActions: { bodySizeLimit: "6mb" },
  },
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        // The page CSP needs a nonce per request: proxy.ts sets it.
        headers: staticSecurityHeaders({ https: env.APP_URL.startsWith("https://") }),
      },
      // Shared and owner links carry a secret in the path: no page they open may pass it on as a referrer or be
      // indexed. Later entries override the same header above.
      ...["/s/:token*", "/o/:token*"].map((source) => ({ source, headers: LINK_PAGE_HEADERS })),
    ];
  },
};

export default nextConfig;
