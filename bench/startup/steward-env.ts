/**
 * The bench's environment minus everything Steward reads (Slack, database, data dir, port), plus
 * `settings`: each run sees exactly the configuration it is meant to measure.
 */
export function stewardEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (/^(SLACK_|STEWARD_|DATABASE_URL$|PORT$)/.test(key)) delete env[key];
  return { ...env, ...settings };
}
