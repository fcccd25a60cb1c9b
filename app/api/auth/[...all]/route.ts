import { getAuth } from "@/lib/auth";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";

/**
 * better-auth keys its sign-in limit on CLIENT_ADDRESS_HEADER alone (lib/auth.ts), so the address it sees is the
 * one resolved from the socket and TRUST_PROXY, never one a client wrote. With none, the header is absent and
 * better-auth counts the request under its one shared key.
 */
async function handle(request: Request): Promise<Response> {
  const auth = await getAuth();
  const headers = new Headers(request.headers);
  headers.delete(CLIENT_ADDRESS_HEADER);
  const address = resolveClientAddress(request.headers, env.TRUST_PROXY);
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address);
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
  return auth.handler(new Request(request.url, { method: request.method, headers, body, signal: request.signal }));
}

export { handle as GET, handle as POST };
