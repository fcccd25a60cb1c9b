/**
 * Runs once when a server process starts. A configuration that would let app instances disagree (each generating
 * its own session secret on PostgreSQL) stops the start here, with the sentence that says what to set, rather than
 * failing coaches' sign-ins later.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { sharedSecretProblem } = await import("./lib/auth-secret");
  const problem = sharedSecretProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
