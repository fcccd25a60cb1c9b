"use client";

import { useState } from "react";
import { authClient } from "@/app/_components/auth-client";
import { useAuthForm } from "@/app/_components/use-auth-form";
import { buttonClass, FormError } from "@/app/_components/form-error";
import { LabelledInput } from "@/app/_components/labelled-input";

export function ChangePasswordForm({ appUrl }: { appUrl: string }) {
  const [done, setDone] = useState(false);
  const { error, pending, submit } = useAuthForm(
    (formData) => {
      setDone(false);
      return authClient.changePassword({
        currentPassword: String(formData.get("currentPassword") ?? ""),
        newPassword: String(formData.get("newPassword") ?? ""),
        // A changed password should lock out whoever else knew the old one.
        revokeOtherSessions: true,
      });
    },
    () => setDone(true),
    { appUrl, path: "/coach/account" },
  );

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 className="text-xl font-bold">Change password</h2>
      <LabelledInput id="currentPassword" label="Current password" type="password" required autoComplete="current-password" />
      <LabelledInput id="newPassword" label="New password" type="password" required autoComplete="new-password" />
      <FormError error={error} />
      {done && (
        <p role="status" className="rounded border border-green-200 bg-green-50 p-3 text-green-900">
          Your password is changed. Other devices were signed out.
        </p>
      )}
      <button type="submit" disabled={pending} className={buttonClass}>
        Change password
      </button>
    </form>
  );
}
