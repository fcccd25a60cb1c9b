"use client";

import { useFormStatus } from "react-dom";

const TONES = {
  primary: "bg-brand text-white hover:bg-blue-800",
  danger: "border border-red-700 text-red-800 hover:bg-red-50",
} as const;

/** A form's submit button: while the form's action runs it says so and cannot be pressed again. */
export function SubmitButton({ label, busy, tone = "primary" }: { label: string; busy: string; tone?: keyof typeof TONES }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-5 py-2.5 font-semibold ${TONES[tone]} focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-wait disabled:opacity-70`}
    >
      {pending ? busy : label}
    </button>
  );
}
