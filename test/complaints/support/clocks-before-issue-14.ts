/**
 * `complaints.sla` for general complaints and suggestions as they were before issue 14: on the 24×7
 * clock with the playbook's hours. Tests about something else (delivery retries, restarts, reports,
 * paging, imports) whose hand-computed moments assume those clocks pin them with this and say so;
 * business hours themselves are tested in business-hours-clocks.test.ts and the flows that name them.
 */
export const CLOCKS_BEFORE_ISSUE_14 = {
  general: {
    tier1: { clock: "24x7", acknowledge: "24h", firstResponse: "24h", resolution: "48h" },
    tier2: { clock: "24x7", acknowledge: "24h", diagnosis: "2h", resolution: "48h" },
    tier3: { clock: "24x7", resolution: "24h" },
  },
  suggestion: {
    tier1: { clock: "24x7", acknowledge: "24h", firstResponse: "3wd" },
    tier2: { clock: "24x7", acknowledge: "3wd" },
    tier3: { clock: "24x7", resolution: "24h" },
  },
} as const;
