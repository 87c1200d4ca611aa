import type { Database } from "../../db/database.js";
import { findPersonByTeamsId } from "../../db/people/find-person-by-teams-id.js";
import { linkTeamsIdentity } from "../../db/people/link-teams-identity.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";

/**
 * Who sent a Teams activity: by the AAD object id Teams signs into it; failing that, by the sign-in
 * name Teams' member lookup gives (a roster that lists UPNs or e-mails), never by the display name.
 * A person found by e-mail (no Teams identity) or by the sign-in name the roster lists gets the signed
 * object id recorded as theirs, so every later lookup (a press, a form, a delivery to their chat) finds
 * them by it.
 */
export async function identifyTeamsPerson(db: Database, aadObjectId: string | undefined, signInName: () => Promise<string | undefined>): Promise<RosterPerson | null> {
  if (!aadObjectId) return null;
  const known = await findPersonByTeamsId(db, aadObjectId);
  if (known) return known;
  const upn = await signInName();
  const found = upn ? await findPersonByTeamsId(db, aadObjectId, upn) : null;
  // Found by e-mail (no Teams identity) or by the sign-in name the roster lists: from now on by the object id.
  const listedAs = found?.ids.teams;
  if (!found || (listedAs && listedAs.toLowerCase() !== upn!.toLowerCase())) return found;
  await linkTeamsIdentity(db, found.id, aadObjectId, listedAs);
  return { ...found, ids: { ...found.ids, teams: aadObjectId } };
}
