/**
 * One sentence for a database that cannot be reached or used at start: what failed, which server, what to check.
 * Never prints the password that a URL may carry.
 */
export function describeDatabaseError(url: string, error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  let where = "the database";
  try {
    const parsed = new URL(url);
    where = `PostgreSQL at ${parsed.hostname}:${parsed.port || "5432"} (database "${decodeURIComponent(parsed.pathname.slice(1)) || "?"}", user "${decodeURIComponent(parsed.username) || "?"}")`;
  } catch {
    // Not a URL: keep the generic name.
  }
  switch (code) {
    case "ECONNREFUSED":
      return `Could not connect to ${where}: the connection was refused. Check that the server is running and that DATABASE_URL names its host and port.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Could not connect to ${where}: the host name does not resolve. Check the host in DATABASE_URL.`;
    case "ETIMEDOUT":
    case "CONNECT_TIMEOUT":
      return `Could not connect to ${where}: no answer in time. Check the host and port in DATABASE_URL and that a firewall lets this machine through.`;
    case "28P01":
    case "28000":
      return `${where} refused the login: check the user name and password in DATABASE_URL, and the server's pg_hba.conf.`;
    case "3D000":
      return `${where} has no such database: create it (createdb), or fix the database name in DATABASE_URL.`;
    case "42501":
      return `${where} refused a migration for lack of privileges: the user in DATABASE_URL must be allowed to create tables.`;
  }
  if (message && /timeout/i.test(message)) {
    return `Could not connect to ${where}: no answer in time. Check the host and port in DATABASE_URL and that a firewall lets this machine through.`;
  }
  if (message && /SSL/i.test(message)) {
    return `Could not connect to ${where}: ${message}. Add or remove sslmode in DATABASE_URL to match the server.`;
  }
  return `Could not prepare ${where}: ${message ?? String(error)}`;
}
