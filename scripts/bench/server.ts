/**
 * The production server for `npm run bench:upload`: built when `.next` is missing or older than the sources,
 * started by scripts/lib/production-server.ts on loopback against a throwaway SQLite file, sampled for RSS, stopped at the end.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { resetDatabase, startProductionServer } from "../lib/production-server";

const SOURCES = [
  "app",
  "lib",
  "prisma/schema.prisma",
  "next.config.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

/** Builds for production unless `.next` is newer than every source file. */
export function ensureBuild(): void {
  const buildId = path.join(".next", "BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map(newestMtime));
  if (built > changed) return;
  console.log(built ? "Sources changed since the last build: building…" : "No production build: building…");
  execFileSync(path.join("node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

export interface BenchServer {
  url: string;
  /** The next-server process whose RSS is sampled. */
  pid: number;
  rssMb(): number;
  /** CPU time the server process has used (all its threads, parse workers included). */
  cpuMs(): number;
  stop(): Promise<void>;
  log: string;
}

/** Creates and migrates the database the way `npm start` does, then starts the server and waits for it to answer. */
export async function startServer({ port, databaseFile, nodeArgs = [] }: { port: number; databaseFile: string; nodeArgs?: string[] }) {
  const database = `file:${databaseFile}`;
  resetDatabase(database);
  const log = `${databaseFile}.server.log`;
  const server = await startProductionServer({
    port,
    database,
    nodeArgs,
    log,
    // The benchmark is one client address sending hundreds of uploads; the limiter still runs and writes its row.
    env: { NODE_ENV: "production", UPLOAD_RATE_MAX: "1000000" },
  });
  const pid = serverPid(server.child.pid!);
  return {
    url: server.origin,
    pid,
    log,
    rssMb: () => readRssMb(pid),
    cpuMs: () => readCpuMs(pid),
    stop: () => server.stop(),
  } satisfies BenchServer;
}

/** The serving process: scripts/next-server.mjs serves in itself; `next start` would fork a "next-server" child. */
function serverPid(root: number): number {
  const title = (pid: number) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8");
    } catch {
      return "";
    }
  };
  if (title(root).startsWith("next-server")) return root;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      if (status.match(/^PPid:\s+(\d+)/m)?.[1] === String(root) && title(Number(entry)).startsWith("next-server")) return Number(entry);
    } catch {}
  }
  return root;
}

export function readRssMb(pid: number): number {
  const kb = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+)\s+kB/m)?.[1];
  return kb ? Number(kb) / 1024 : Number.NaN;
}

/** utime + stime from /proc/<pid>/stat, in clock ticks of 10 ms (Linux's USER_HZ is 100 everywhere). */
export function readCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Removes a run's database; a failed run keeps the server log its error message points at (`keepLog`). */
export function removeDatabase(file: string, keepLog = false): void {
  for (const suffix of ["", "-wal", "-shm", "-journal", ...(keepLog ? [] : [".server.log"])]) rmSync(file + suffix, { force: true });
}
