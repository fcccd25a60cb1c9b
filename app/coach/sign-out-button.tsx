"use client";

import { useRouter } from "next/navigation";
import { authClient } from "@/app/_components/auth-client";

export function SignOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
      onClick={async () => {
        await authClient.signOut();
        router.push("/sign-in");
        router.refresh();
      }}
    >
      Sign out
    </button>
  );
}
