import { mayAccess, type AccessViewer } from "../access/may-access.js";
import type { ComplaintRecord } from "./complaint-record.js";
import { complaintSubject } from "./complaint-subject.js";

/** May this viewer see the case — its description, solution and archived conversation? */
export function mayAccessComplaint(viewer: AccessViewer, record: ComplaintRecord): boolean {
  return mayAccess(viewer, "complaints", complaintSubject(record));
}
