/** The PostgreSQL server the tests may use (TEST_DATABASE_URL), with another database name. */
export function serverUrl(database?: string): string | undefined {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return undefined;
  if (!database) return base;
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}
