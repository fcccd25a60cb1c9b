/**
 * node scripts/next-server.mjs [-H HOST] [-p PORT]
 * `next start`, plus the one thing it cannot do: tell the app which address the TCP connection came from. Next.js
 * sets X-Forwarded-For from the socket only when a request carries none, so under plain `next start` any client
 * picks its own address. This stamps the socket's peer into a header of its own on every request, replacing any
 * value the client sent; lib/client-address.ts reads it (and, when TRUST_PROXY says so, the proxies' entries).
 *
 * Every starter of this script (`npm start`, scripts/serve.sh, scripts/lib/production-server.ts) sets
 * MALLOC_ARENA_MAX=2 unless the environment sets it: glibc gives each thread that allocates its own malloc arena (up
 * to 8 per core), and the parse workers, libuv's pool (compression) and V8's helper threads each keep their freed
 * memory in theirs. Two shared arenas held the server about 50 MB lower after 300 uploads of the bench:upload file,
 * at the same CPU per upload. glibc reads the variable when the process starts, so this script cannot set it.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import nextEnv from "@next/env";
import next from "next";

/** Must match PEER_ADDRESS_HEADER and CLIENT_ADDRESS_HEADER in lib/client-address.ts. */
const PEER_ADDRESS_HEADER = "x-skillgap-peer-address";
const CLIENT_ADDRESS_HEADER = "x-skillgap-client-address";

function option(flag, fallback) {
  const at = process.argv.indexOf(flag);
  return at === -1 ? fallback : process.argv[at + 1];
}

const hostname = option("-H", process.env.HOSTNAME ?? "0.0.0.0");
const port = Number(option("-p", process.env.PORT ?? "3000"));

/**
 * The configuration the build serialized, read as Next.js's own standalone server reads it, rather than next.config.ts
 * compiled again at every start: that loads the SWC compiler, 27 MB of resident memory for the server's whole life,
 * and the config's headers are in the build's manifest already. Next.js's server loads the .env files as well, and
 * @next/env caches the first load per process: loading them here first is what both read, as long as this and next
 * share one copy of @next/env, which is why it stays at next's version (docs/stack.md).
 */
const serverFiles = path.join(".next", "required-server-files.json");
if (existsSync(serverFiles) && !process.env.__NEXT_PRIVATE_STANDALONE_CONFIG) {
  nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(serverFiles, "utf8")).config);
}

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  const peer = req.socket.remoteAddress;
  if (peer) req.headers[PEER_ADDRESS_HEADER] = peer;
  else delete req.headers[PEER_ADDRESS_HEADER];
  delete req.headers[CLIENT_ADDRESS_HEADER];
  void handle(req, res);
}).listen(port, hostname, () => {
  console.log(`SkillGap is serving on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});
