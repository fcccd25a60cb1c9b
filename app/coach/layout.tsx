import Link from "next/link";
import { currentCoach } from "../_server/coach";
import { SignOutButton } from "./sign-out-button";

/** Coach pages share a navigation bar; each page checks the session itself, the layout only shows who is in. */
export default async function CoachLayout({ children }: { children: React.ReactNode }) {
  const coach = await currentCoach();
  return (
    <div className="space-y-6">
      {coach && (
        <nav aria-label="Coach" className="flex flex-wrap items-center gap-4 border-b border-slate-200 pb-3 text-sm">
          <Link href="/coach" className="font-semibold text-brand">
            Clients
          </Link>
          <Link href="/coach/cohort" className="font-semibold text-brand">
            Cohort
          </Link>
          <Link href="/coach/import" className="font-semibold text-brand">
            Import
          </Link>
          <Link href="/coach/markets" className="font-semibold text-brand">
            Markets
          </Link>
          <Link href="/coach/account" className="font-semibold text-brand">
            Account
          </Link>
          <span className="ml-auto text-slate-600">Signed in as {coach.name}</span>
          <SignOutButton />
        </nav>
      )}
      {children}
    </div>
  );
}
