/**
 * One way to start a production server for tests and benchmarks: scripts/next-server.mjs, as `npm start` runs it,
 * on 127.0.0.1, on a database of the caller's (reset first by `resetDatabase`, so it is what a fresh `npm start`
 * finds), in its own process group so that stopping it stops nothing else. The Playwright servers (e2e/servers.ts)
 * and the benchmarks (scripts/bench-*.ts, scripts/bench/server.ts) use it.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { engineOf } from "../../lib/db/engine";

/**
 * A production start on PostgreSQL requires a configured session secret; on SQLite the server makes its own file
 * beside the database, as a fresh install does.
 */
export function serverSecret(database: string): { BETTER_AUTH_SECRET?: string } {
  return engineOf(database) === "postgresql" ? { BETTER_AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz" } : {};
}

/** Empties and migrates a test database (scripts/db/reset-test-database.ts) the way a fresh `npm start` finds it. */
export function resetDatabase(url: string): void {
  // A PostgreSQL reset drops and creates a database while other servers hold connections to theirs; one that
  // loses its connection in that moment gets one more try.
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync("npm", ["run", "--silent", "db:reset-test", "--", url], { stdio: ["ignore", "ignore", "inherit"] });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

export interface ProductionServerOptions {
  port: number;
  /** The server's DATABASE_URL. */
  database: string;
  /** More environment, over the caller's own (limits, a shared secret). */
  env?: Record<string, string>;
  /** Options for node itself, before the script (`--cpu-prof`). */
  nodeArgs?: string[];
  /** A file that receives the server's output; without one it is dropped. */
  log?: string;
  /** Without a log file: pass the server's errors through to this process's stderr. */
  showErrors?: boolean;
  /** How long the server may take to answer its home page. */
  timeoutMs?: number;
}

export interface ProductionServer {
  origin: string;
  child: ChildProcess;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s) and waits for it to exit. */
  stop(): Promise<void>;
  /** Stops it now, for an exit handler that cannot wait. */
  kill(): void;
}

export async function startProductionServer(options: ProductionServerOptions): Promise<ProductionServer> {
  const { port, database, env = {}, nodeArgs = [], log, showErrors = false, timeoutMs = 120_000 } = options;
  const origin = `http://127.0.0.1:${port}`;
  const output = log ? openSync(log, "w") : "ignore";
  const child = spawn(process.execPath, [...nodeArgs, "scripts/next-server.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      // As `npm start` sets it (scripts/next-server.mjs says why).
      MALLOC_ARENA_MAX: "2",
      ...process.env,
      ...serverSecret(database),
      ...env,
      DATABASE_URL: database,
      APP_URL: origin,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", output, log ? output : showErrors ? "inherit" : "ignore"],
    detached: true,
  });
  if (typeof output === "number") closeSync(output);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, name);
  };
  const server: ProductionServer = {
    origin,
    child,
    kill: () => signal("SIGTERM"),
    async stop() {
      signal("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      signal("SIGKILL");
    },
  };
  const seeLog = () => (log ? `: see ${log}\n${readFileSync(log, "utf8").slice(-2000)}` : "");
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`the server on ${origin} exited with ${child.exitCode}${seeLog()}`);
    const ready = await fetch(origin).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`the server did not start on ${origin} within ${timeoutMs / 1000} s${seeLog()}`);
}
