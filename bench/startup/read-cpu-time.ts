import { readFileSync } from "node:fs";

// Linux reports CPU time in clock ticks of USER_HZ, which is 100 on every mainstream kernel.
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, all threads) a process has used so far, in ms, from /proc/<pid>/stat.
 * Unlike wall time it hardly changes when other work shares the machine's cores.
 */
export function readCpuTime(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after "pid (comm) ": state is field 3, utime field 14, stime field 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}
