import type { Database } from "../../db/database.js";
import { scoreAllCustomers } from "../../app/health/score-all-customers.js";
import { scoreForOperator } from "../../app/health/score-for-operator.js";
import { describeNoMatch } from "../../domain/health/describe-no-match.js";
import { plainText } from "../../domain/messages/plain-text.js";
import { evaluationDate } from "../../domain/health/evaluation-date.js";
import { formatScore } from "../../domain/health/format-score.js";
import type { HealthSettings } from "../../domain/health/health-settings.js";
import { parseCustomerQuery } from "../../domain/health/parse-customer-query.js";
import { parseEvaluationDate } from "../../domain/health/parse-evaluation-date.js";
import { InputError } from "../input-error.js";
import { scoreReportJson } from "./score-report-json.js";
import { scoreReportText } from "./score-report-text.js";

export const SCORE_USAGE = "steward score <customer> [--at YYYY-MM-DD] [--json]\n       steward score --all [--at YYYY-MM-DD] [--json]";

export interface ScoreRunOptions {
  customer: string | undefined;
  at: string | undefined;
  json: boolean;
  all: boolean;
}

/**
 * `steward score`, given an open database: the same code path as `/customer score` (lookup, aggregate
 * query, rubric). `out` receives the result; `note` the progress figures (stderr, so --json stays clean).
 */
export async function scoreRun(
  db: Database,
  settings: { health: HealthSettings; timeZone: string },
  options: ScoreRunOptions,
  io: { now: Date; out: (text: string) => void; note: (text: string) => void },
): Promise<void> {
  let asOf = evaluationDate(io.now, settings.timeZone);
  if (options.at !== undefined) {
    const parsed = parseEvaluationDate(options.at, io.now, settings.timeZone);
    if (!parsed.ok) throw new InputError(`--at: ${parsed.message}\n\nUsage: ${SCORE_USAGE}`);
    asOf = parsed.date;
  }
  if (options.all) {
    if (options.customer) throw new InputError(`--all scores every customer; leave out \`${options.customer}\`.\n\nUsage: ${SCORE_USAGE}`);
    const started = performance.now();
    const scored = await scoreAllCustomers(db, asOf, settings);
    const seconds = (performance.now() - started) / 1000;
    if (options.json) {
      for (const { customer, score } of scored) io.out(JSON.stringify(scoreReportJson(customer, score)));
    } else {
      for (const { customer, score } of scored.sort((a, b) => (a.score.composite ?? 99) - (b.score.composite ?? 99))) {
        const value = score.composite === null ? "   —" : formatScore(score.composite).padStart(4);
        io.out(`${value}  ${(score.grade?.name ?? "data incomplete").padEnd(15)} ${score.provisional ? "provisional " : "            "}${customer.key}  ${customer.name}`);
      }
    }
    io.note(`Scored ${scored.length} customers as of ${asOf} in ${seconds.toFixed(2)} s (${Math.round(scored.length / Math.max(seconds, 1e-6))} customers/s).`);
    return;
  }
  const parsed = parseCustomerQuery(options.customer ?? "", "steward score <customer>", "steward score ACME");
  if (!parsed.ok) throw new InputError(`${plainText(parsed.message)}\n\nUsage: ${SCORE_USAGE}`);
  const found = await scoreForOperator({ db, ...settings }, { query: parsed.query, asOf });
  if (found.kind === "none") throw new InputError(plainText(describeNoMatch(parsed.query, found.suggestions)));
  if (found.kind === "several") {
    throw new InputError(
      `Several customers match \`${parsed.query}\`; name one by its key:\n${found.candidates.map((c) => `  ${c.key}  ${c.name}`).join("\n")}${found.more ? "\n  …" : ""}`,
    );
  }
  const { report } = found;
  io.out(options.json ? JSON.stringify(scoreReportJson(report.customer, report.score, report), null, 2) : scoreReportText(report));
}
