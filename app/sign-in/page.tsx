import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentCoach } from "@/app/_server/coach";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Coach sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  // Someone already signed in has nothing to do here.
  if (await currentCoach()) redirect("/coach");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Coach sign in</h1>
      <SignInForm next={typeof next === "string" ? next : undefined} />
      <p>
        New coach?{" "}
        <Link href="/sign-up" className="text-brand underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
