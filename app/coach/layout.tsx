import Link from "next/link";
import { currentCoach } from "../_server/coach";
import { SignOutButton } from "./sign-out-button";

/** Coach pages share a navigation bar; each page checks the session itself, the layout only shows who is in. */
const COACH_PAGES = [
  ["/coach", "Clients"],
  ["/coach/cohort", "Cohort"],
  ["/coach/import", "Import"],
  ["/coach/markets", "Markets"],
  ["/coach/account", "Account"],
] as const;

export default async function CoachLayout({ children }: { children: React.ReactNode }) {
  const coach = await currentCoach();
  return (
    <div className="space-y-6">
      {coach && (
        <nav aria-label="Coach" className="flex flex-wrap items-center gap-4 border-b border-slate-200 pb-3 text-sm">
          {COACH_PAGES.map(([href, label]) => (
            <Link key={href} href={href} className="font-semibold text-brand">
              {label}
            </Link>
          ))}
          <span className="ml-auto text-slate-600">Signed in as {coach.name}</span>
          <SignOutButton />
        </nav>
      )}
      {children}
    </div>
  );
}
