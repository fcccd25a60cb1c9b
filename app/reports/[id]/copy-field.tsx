"use client";

import { useId, useRef, useState } from "react";

/** A link shown once, with a button that copies it; selecting the text is the fallback where copying is refused. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      input.current?.select();
      setCopied("no");
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          ref={input}
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
          className="w-full rounded border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-sm"
        />
        <button type="button" onClick={copy} className="rounded border border-brand px-3 py-1.5 font-semibold text-brand hover:bg-blue-50">
          Copy
        </button>
      </div>
      <p aria-live="polite" className="text-sm text-slate-600">
        {copied === "yes" ? "Copied." : copied === "no" ? "Copying was blocked: the link is selected, press Ctrl+C." : ""}
      </p>
    </div>
  );
}
