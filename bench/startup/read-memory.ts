import { readFileSync } from "node:fs";

export interface Memory {
  /** Resident set size now (VmRSS), MB. */
  rssMb: number;
  /** Highest resident set size so far (VmHWM), MB. */
  peakMb: number;
}

/** A process's resident memory as Linux reports it in /proc/<pid>/status. */
export function readMemory(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    if (!match) throw new Error(`/proc/${pid}/status has no ${field}`);
    return Number(match[1]);
  };
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}
