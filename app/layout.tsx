import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  // Preview images and links in metadata resolve against the public origin, never the address the server binds.
  metadataBase: new URL(env.APP_URL),
  title: { default: "SkillGap — where your AI Engineer resume stands", template: "%s · SkillGap" },
  description:
    "Upload your resume and see which AI Engineer skills it proves, your salary tier from published posting medians, and what to learn next.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: a page built ahead of time would carry no nonce, and the CSP (proxy.ts) would
  // block its scripts.
  await headers();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="no-print border-b border-slate-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-4xl items-center justify-between px-4 py-3">
            <Link href="/" className="text-lg font-bold text-brand">
              SkillGap
            </Link>
            <div className="flex items-center gap-5">
              <Link href="/reports" className="text-sm font-semibold text-slate-700 underline-offset-4 hover:underline">
                Your reports
              </Link>
              <Link href="/practice" className="text-sm font-semibold text-slate-700 underline-offset-4 hover:underline">
                Practice topics
              </Link>
              <Link href="/coach" className="text-sm font-semibold text-brand">
                For coaches
              </Link>
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-4xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
