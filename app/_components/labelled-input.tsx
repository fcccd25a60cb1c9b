import type { InputHTMLAttributes, ReactNode } from "react";
import { inputClass } from "@/app/_components/form-error";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "className" | "aria-describedby">;

/**
 * A field of the coach account forms (sign-in, sign-up, change password): its label, an optional hint the input is
 * described by, and the input, whose name is its id.
 */
export function LabelledInput({ id, label, hint, ...input }: { id: string; label: string; hint?: ReactNode } & InputProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input id={id} name={id} aria-describedby={hint ? `${id}-hint` : undefined} className={inputClass} {...input} />
    </div>
  );
}
