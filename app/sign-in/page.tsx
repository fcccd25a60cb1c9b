import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OriginNotice } from "@/app/_components/origin-notice";
import { safeNext } from "@/app/_components/safe-next";
import { currentCoach } from "@/app/_server/coach";
import { env } from "@/lib/env";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Coach sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeNext(typeof next === "string" ? next : undefined, env.APP_URL);
  // Someone already signed in has nothing to do here.
  if (await currentCoach()) redirect(target);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Coach sign in</h1>
      <OriginNotice path="/sign-in" />
      <SignInForm next={target} appUrl={env.APP_URL} />
      <p>
        New coach?{" "}
        <Link href="/sign-up" className="text-brand underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
