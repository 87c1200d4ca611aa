import type { SlaDeadline } from "./compute-sla-deadlines.js";

/** The recorded reason of an automatic escalation: "no first response within 2 h". */
export function describeBreach(deadline: SlaDeadline): string {
  switch (deadline.step) {
    case "firstResponse":
      return `no first response within ${deadline.within}`;
    case "acknowledge":
      return `not acknowledged within ${deadline.within} at tier ${deadline.tier}`;
    case "diagnosis":
      return `no first diagnosis within ${deadline.within} at tier ${deadline.tier}`;
    case "resolution":
      return `not resolved within ${deadline.within} at tier ${deadline.tier}`;
  }
}
