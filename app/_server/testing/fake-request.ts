/**
 * For unit tests of server actions: stands in for `next/headers`, so a test says which cookies and headers the
 * request carries. Everything behind them stays real (the database, owner links, better-auth sessions).
 * Use as `vi.mock("next/headers", () => import("@/app/_server/testing/fake-request"))`.
 */
const request = { cookies: new Map<string, string>(), headers: new Headers() };

/** The next calls to the action come from a browser holding these cookies and sending these headers. */
export function asBrowser(cookies: Record<string, string> = {}, headers: Record<string, string> = {}) {
  request.cookies = new Map(Object.entries(cookies));
  request.headers = new Headers(headers);
}

/** What the action set, as a browser would keep it. */
export function cookieJar(): Record<string, string> {
  return Object.fromEntries(request.cookies);
}

export async function cookies() {
  return {
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
    set: (name: string, value: string) => request.cookies.set(name, value),
    delete: (name: string) => request.cookies.delete(name),
  };
}

export async function headers() {
  return request.headers;
}

/** A FormData as a browser would post it. */
export function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}
