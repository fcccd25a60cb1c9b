import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getAuth } from "@/lib/auth";

export interface Coach {
  id: string;
  name: string;
  email: string;
}

/**
 * The signed-in coach, from better-auth's session cookie; null when nobody is signed in. Cached per request
 * (React `cache`): a coach layout and its page both ask, and the session is one database lookup, not two.
 */
export const currentCoach = cache(async function currentCoach(): Promise<Coach | null> {
  // Reading the headers first marks the page as per-request before anything touches the database.
  const requestHeaders = await headers();
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email };
});

/** For coach pages: the coach, or off to sign in and back. */
export async function requireCoachPage(returnTo: string): Promise<Coach> {
  const coach = await currentCoach();
  if (!coach) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return coach;
}

/** For one client's data: without a session there is nothing here, the same answer as another coach's report. */
export async function requireCoachOrNotFound(): Promise<Coach> {
  const coach = await currentCoach();
  if (!coach) notFound();
  return coach;
}
