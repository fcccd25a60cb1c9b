import { execFileSync } from "node:child_process";

export interface ScriptRun {
  status: number;
  stdout: string;
  stderr: string;
  /** Both streams, for a test that only asks whether a sentence was printed. */
  out: string;
}

/** Runs a TypeScript script as its npm entry does (tsx, react-server conditions) and returns how it ended. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): ScriptRun {
  try {
    const stdout = execFileSync("npx", ["tsx", "--conditions=react-server", script, ...args], {
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { status: 0, stdout, stderr: "", out: stdout };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr, out: failed.stdout + failed.stderr };
  }
}
