// Loaded with `--import` by `npm run bench:upload -- --cpu-prof DIR`: Node writes a CPU profile only when the process
// exits on its own, and the benchmark stops the server with SIGTERM, which would end it before the profile is written.
process.once("SIGTERM", () => process.exit(0));
