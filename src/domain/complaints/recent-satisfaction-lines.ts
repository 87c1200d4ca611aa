import { formatMoment } from "./format-moment.js";

export interface RecordedSatisfaction {
  complaintId: number;
  class: string;
  category: string;
  score: number;
  comment: string | null;
  recordedAt: Date;
}

/**
 * The customer's last answers about how their complaints were handled, newest first, as plain lines for
 * `/customer show` (any renderer escapes them): "#12 general/billing: 4 of 5 (2026-12-01 13:00) — Quick refund".
 */
export function recentSatisfactionLines(answers: readonly RecordedSatisfaction[], now: Date, timeZone: string): string[] {
  return answers.map((answer) => {
    const comment = answer.comment ? ` — ${answer.comment.length > 120 ? `${answer.comment.slice(0, 119)}…` : answer.comment}` : "";
    return `#${answer.complaintId} ${answer.class}/${answer.category}: ${answer.score} of 5 (${formatMoment(answer.recordedAt, now, timeZone)})${comment}`;
  });
}
