import type { NextConfig } from "next";
import { env } from "./lib/env";

const LINK_PAGE_HEADERS = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Robots-Tag", value: "noindex, nofollow, noarchive" },
  {
    key: "Content-Security-Policy",
    value:
      // Next.js inlines its bootstrap scripts; the dev server also needs eval for its overlay and fast refresh.
      `default-src 'self'; script-src 'self' 'unsafe-inline'${env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; ` +
      "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  },
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
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      // Shared and owner links carry a secret in the path: no page they open may pass it on as a referrer, be
      // indexed, or load anything from another origin. Later entries override the same header above.
      ...["/s/:token*", "/o/:token*"].map((source) => ({ source, headers: LINK_PAGE_HEADERS })),
    ];
  },
};

export default nextConfig;
