/**
 * The production server for `npm run bench:upload`: built when `.next` is missing or older than the sources,
 * started as `npm start` starts it (scripts/next-server.mjs) on loopback against a throwaway SQLite file, sampled for RSS, stopped at the end.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";

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
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: `file:${databaseFile}`,
    APP_URL: url,
    // The benchmark is one client address sending hundreds of uploads; the limiter still runs and writes its row.
    UPLOAD_RATE_MAX: "1000000",
  };
  execFileSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/migrate.ts"], { env, stdio: "ignore" });
  const log = `${databaseFile}.server.log`;
  const out = createWriteStream(log);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "scripts/next-server.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`next start exited: see ${log}\n${readFileSync(log, "utf8").slice(-2000)}`);
    if (attempt > 600) throw new Error(`next start did not answer on ${url} within 60 s: see ${log}`);
    const ok = await fetch(`${url}/practice`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const pid = serverPid(child.pid!);
  return {
    url,
    pid,
    log,
    rssMb: () => readRssMb(pid),
    cpuMs: () => readCpuMs(pid),
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
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

export function removeDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal", ".server.log"]) rmSync(file + suffix, { force: true });
}
