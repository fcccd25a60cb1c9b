import { inputClass } from "@/app/_components/form-error";

/** The coach account's email field: the same on the sign-in and the sign-up form. */
export function EmailField() {
  return (
    <div className="space-y-1">
      <label htmlFor="email" className="block font-semibold">
        Email
      </label>
      <input id="email" name="email" type="email" required autoComplete="email" className={inputClass} />
    </div>
  );
}
