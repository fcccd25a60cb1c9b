import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OriginNotice } from "@/app/_components/origin-notice";
import { currentCoach } from "@/app/_server/coach";
import { env } from "@/lib/env";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create a coach account" };

export default async function SignUpPage() {
  if (await currentCoach()) redirect("/coach");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Create a coach account</h1>
      <p className="text-slate-700">
        Coaches get an intake link for their clients, a dashboard of their clients&apos; reports, private notes and a view of what the whole
        group lacks.
      </p>
      <OriginNotice path="/sign-up" />
      <SignUpForm appUrl={env.APP_URL} />
      <p>
        Already have an account?{" "}
        <Link href="/sign-in" className="text-brand underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
