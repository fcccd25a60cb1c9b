/** Where a coach lands after signing in when the link named nowhere safe. */
export const DEFAULT_NEXT = "/coach";

/**
 * The page to open after sign-in: the `next` a link carried, resolved the way the browser will resolve it, and
 * followed only when it stays on this origin. String checks miss what the URL parser forgives (`/\t/evil.example`
 * loses its tab and becomes `//evil.example`), so the answer is the path of the parsed URL, never the raw text.
 */
export function safeNext(next: string | null | undefined, origin: string): string {
  if (!next) return DEFAULT_NEXT;
  try {
    const base = new URL(origin);
    const target = new URL(next, base);
    if (target.origin !== base.origin) return DEFAULT_NEXT;
    return `${target.pathname}${target.search}${target.hash}`;
  } catch {
    return DEFAULT_NEXT;
  }
}
