import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import type { CliCommand } from "../cli-command.js";
import { InputError } from "../input-error.js";
import { parseCliArgs } from "../parse-cli-args.js";

const help = `Usage: steward teams package [--out <file.zip>] [--client-id <Microsoft App ID>]

Writes the Microsoft Teams app package an admin uploads (Teams admin center › Manage apps › Upload,
or Teams › Apps › Manage your apps › Upload an app): manifest.json with the bot, its commands and
scopes, and the two icons (color.png 192×192, outline.png 32×32), zipped.
  --out        where to write it (default steward-teams-app.zip)
  --client-id  the bot's Microsoft App ID (default TEAMS_CLIENT_ID)`;

export const teamsCommand: CliCommand = {
  help,
  async run(argv) {
    const { values, positionals } = parseCliArgs(argv, { out: { type: "string" }, "client-id": { type: "string" } }, help);
    if (positionals[0] !== "package" || positionals.length > 1) throw new InputError(`Say what to do: steward teams package\n\n${help}`);
    const clientId = values["client-id"] ?? process.env.TEAMS_CLIENT_ID;
    if (!clientId || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(clientId)) {
      throw new InputError(
        `The package needs the bot's Microsoft App ID, a GUID (Azure portal › Azure Bot › Configuration): --client-id 5f2b1c3a-8d4e-4f6a-9b0c-1d2e3f4a5b6c, or TEAMS_CLIENT_ID.${clientId ? ` "${clientId}" is not one.` : ""}`,
      );
    }
    const [{ teamsAppManifest }, { teamsCommandList }, { stewardIcons }, { writeZip }, { TEAMS_MESSAGE_ACTIONS }] = await Promise.all([
      import("../../teams/package/teams-app-manifest.js"),
      import("../../teams/commands/teams-command-list.js"),
      import("../../teams/package/steward-icons.js"),
      import("../../teams/package/write-zip.js"),
      import("../../teams/complaints/teams-message-actions.js"),
    ]);
    const { version } = createRequire(import.meta.url)("../../../package.json") as { version: string };
    const manifest = teamsAppManifest({ clientId: clientId.toLowerCase(), version, registered: { commands: teamsCommandList(), activities: [], verbs: [], messageActions: TEAMS_MESSAGE_ACTIONS } });
    const icons = stewardIcons();
    const out = resolve(values.out ?? "steward-teams-app.zip");
    mkdirSync(join(out, ".."), { recursive: true });
    writeFileSync(out, writeZip({ "manifest.json": Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), "color.png": icons.color, "outline.png": icons.outline }));
    console.log(`Wrote ${out} (manifest ${manifest.manifestVersion}, ${manifest.bots[0]!.commandLists[0]!.commands.length} commands). Upload it in Teams › Apps › Manage your apps › Upload an app.`);
    return 0;
  },
};
