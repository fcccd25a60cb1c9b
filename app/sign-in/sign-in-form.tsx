"use client";

import { useRouter } from "next/navigation";
import { authClient } from "@/app/_components/auth-client";
import { LabelledInput } from "@/app/_components/labelled-input";
import { safeNext } from "@/app/_components/safe-next";
import { useAuthForm } from "@/app/_components/use-auth-form";
import { buttonClass, FormError } from "@/app/_components/form-error";

export function SignInForm({ next, appUrl }: { next?: string; appUrl: string }) {
  const router = useRouter();
  const { error, pending, submit } = useAuthForm(
    (formData) =>
      authClient.signIn.email({
        email: String(formData.get("email") ?? "").trim(),
        password: String(formData.get("password") ?? ""),
      }),
    () => {
      // Resolved again in the browser: the page that rendered this form may have been opened at another origin.
      router.push(safeNext(next, window.location.origin));
      router.refresh();
    },
    { appUrl, path: "/sign-in" },
  );

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <LabelledInput id="email" label="Email" type="email" required autoComplete="email" />
      <LabelledInput id="password" label="Password" type="password" required autoComplete="current-password" />
      <FormError error={error} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
