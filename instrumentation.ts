/** Runs once when a server process starts; the checks live in a Node-only module (the Edge build has no process.exit). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/start-checks");
}
