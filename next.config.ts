import type { NextConfig } from "next";
import "./lib/env";

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
    ];
  },
};

export default nextConfig;
