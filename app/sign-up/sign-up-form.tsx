"use client";

import { useRouter } from "next/navigation";
import { authClient } from "@/app/_components/auth-client";
import { EmailField } from "@/app/_components/email-field";
import { useAuthForm } from "@/app/_components/use-auth-form";
import { buttonClass, FormError, inputClass } from "@/app/_components/form-error";
import { MIN_PASSWORD_LENGTH } from "@/lib/coach/password";

export function SignUpForm({ appUrl }: { appUrl: string }) {
  const router = useRouter();
  const { error, pending, submit } = useAuthForm(
    (formData) =>
      authClient.signUp.email({
        name: String(formData.get("name") ?? "").trim(),
        email: String(formData.get("email") ?? "").trim(),
        password: String(formData.get("password") ?? ""),
      }),
    () => {
      router.push("/coach");
      router.refresh();
    },
    { appUrl, path: "/sign-up" },
  );

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <div className="space-y-1">
        <label htmlFor="name" className="block font-semibold">
          Display name
        </label>
        <p id="name-hint" className="text-sm text-slate-600">
          Candidates see this name before they share a report with you.
        </p>
        <input id="name" name="name" required maxLength={80} autoComplete="name" aria-describedby="name-hint" className={inputClass} />
      </div>
      <EmailField />
      <div className="space-y-1">
        <label htmlFor="password" className="block font-semibold">
          Password
        </label>
        <p id="password-hint" className="text-sm text-slate-600">
          At least {MIN_PASSWORD_LENGTH} characters; not a common password.
        </p>
        <input
          id="password"
          name="password"
          type="password"
          required
          autoComplete="new-password"
          aria-describedby="password-hint"
          className={inputClass}
        />
      </div>
      <FormError error={error} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Creating your account…" : "Create coach account"}
      </button>
    </form>
  );
}
