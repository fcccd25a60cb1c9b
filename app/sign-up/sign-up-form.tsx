"use client";

import { useRouter } from "next/navigation";
import { authClient } from "@/app/_components/auth-client";
import { LabelledInput } from "@/app/_components/labelled-input";
import { useAuthForm } from "@/app/_components/use-auth-form";
import { buttonClass, FormError } from "@/app/_components/form-error";
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
      <LabelledInput
        id="name"
        label="Display name"
        hint="Candidates see this name before they share a report with you."
        required
        maxLength={80}
        autoComplete="name"
      />
      <LabelledInput id="email" label="Email" type="email" required autoComplete="email" />
      <LabelledInput
        id="password"
        label="Password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters; not a common password.`}
        type="password"
        required
        autoComplete="new-password"
      />
      <FormError error={error} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Creating your account…" : "Create coach account"}
      </button>
    </form>
  );
}
