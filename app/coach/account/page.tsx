import type { Metadata } from "next";
import { requireCoachPage } from "@/app/_server/coach";
import { env } from "@/lib/env";
import { ApiKeysSection } from "./api-keys-section";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Coach account", robots: { index: false, follow: false } };

export default async function AccountPage() {
  const coach = await requireCoachPage("/coach/account");
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Your account</h1>
      <p>
        {coach.name} · {coach.email}
      </p>
      <ChangePasswordForm appUrl={env.APP_URL} />
      <ApiKeysSection coachId={coach.id} />
    </div>
  );
}
