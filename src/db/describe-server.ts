/** `host:port/database` of a connection string, without the password, for messages and logs. */
export function describeServer(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname || "localhost"}:${url.port || "5432"}${url.pathname || "/"}`;
  } catch {
    return "the server in DATABASE_URL (which is not a valid URL)";
  }
}
