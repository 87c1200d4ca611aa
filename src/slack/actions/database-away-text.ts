/**
 * What a person sees when their press or submission met the database away (stopped, restarting,
 * unreachable) or an unexpected failure: never silence, and never a claim Steward cannot back.
 */
export function databaseAwayText(kind: "press" | "submission" | "unsure" | "unexpected"): string {
  switch (kind) {
    case "press":
      return "Steward can't reach its database — your press was not recorded. Try again in a minute.";
    case "submission":
      return "Steward can't reach its database — this was not recorded. Your text is still here: submit again in a minute.";
    case "unsure":
      return "Steward's database did not answer in time — this may not have been recorded. Check before you submit again in a minute (the same submission is never recorded twice).";
    case "unexpected":
      return "Something went wrong on Steward's side — your press may not have been recorded. Try again; if it keeps failing, tell your Steward admin.";
  }
}
