"use client";

import { useState } from "react";
import { authClient, authErrorMessage } from "@/app/_components/auth-client";
import { buttonClass, FormError, inputClass } from "@/app/_components/form-error";

export function ChangePasswordForm() {
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  // onSubmit rather than a form action: React resets a form after its action, and a typo should not cost the email.
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    setDone(false);
    const { error: failure } = await authClient.changePassword({
      currentPassword: String(formData.get("currentPassword") ?? ""),
      newPassword: String(formData.get("newPassword") ?? ""),
      // A changed password should lock out whoever else knew the old one.
      revokeOtherSessions: true,
    });
    setPending(false);
    if (failure) return setError(authErrorMessage(failure));
    setDone(true);
  }

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 className="text-xl font-bold">Change password</h2>
      <div className="space-y-1">
        <label htmlFor="currentPassword" className="block font-semibold">Current password</label>
        <input id="currentPassword" name="currentPassword" type="password" required autoComplete="current-password" className={inputClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor="newPassword" className="block font-semibold">New password</label>
        <input id="newPassword" name="newPassword" type="password" required autoComplete="new-password" className={inputClass} />
      </div>
      <FormError error={error} />
      {done && <p role="status" className="rounded border border-green-200 bg-green-50 p-3 text-green-900">Your password is changed. Other devices were signed out.</p>}
      <button type="submit" disabled={pending} className={buttonClass}>Change password</button>
    </form>
  );
}
