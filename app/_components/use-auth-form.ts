"use client";

import { useState } from "react";
import { authErrorMessage } from "./auth-client";

type AuthResult = { error: { code?: string; status: number; message?: string } | null };

/**
 * Submit handling shared by the account forms. onSubmit rather than a form action: React resets a form after its
 * action, and a typo should not cost the email.
 */
export function useAuthForm(
  run: (formData: FormData) => Promise<AuthResult>,
  onSuccess: () => void,
  { appUrl, path }: { appUrl: string; path: string },
) {
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const { error: failure } = await run(formData);
    setPending(false);
    if (failure) return setError(authErrorMessage(failure, appUrl, path));
    onSuccess();
  }

  return { error, pending, submit };
}
