import { sharedSecretProblem } from "./auth-secret";

/**
 * Imported once at server start (instrumentation.ts). A configuration that would let app instances disagree (each
 * generating its own session secret on PostgreSQL) stops the start here, with the sentence that says what to set,
 * rather than failing coaches' sign-ins later.
 */
const problem = sharedSecretProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}
