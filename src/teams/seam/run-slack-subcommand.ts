import type { RespondArguments, RespondFn, SlashCommand } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { AppDeps } from "../../slack/app-deps.js";
import type { Subcommand } from "../../slack/commands/subcommand.js";
import type { ViewSeal } from "../../slack/views/view-seal.js";
import type { SlackBuiltAnswer } from "../commands/teams-command-answer.js";

/**
 * The adapter seam (for the subcommands not yet answered through their use case): runs the very
 * subcommand the Slack slash command runs — same parser, same queries, same access checks — with a
 * `respond` that collects its answers instead of posting them. Teams then renders them as cards
 * (../bridge). A subcommand that opens a Slack modal (complaint new) gets a client whose
 * `views.open` is refused, and says so through `opened`.
 */
export async function runSlackSubcommand(input: {
  subcommand: Subcommand;
  command: "/customer" | "/complaint";
  args: string;
  actor: RosterPerson | null;
  conversationId: string;
  deps: AppDeps;
  seal: ViewSeal;
}): Promise<{ answers: SlackBuiltAnswer[]; opened: boolean }> {
  const answers: SlackBuiltAnswer[] = [];
  let opened = false;
  const respond = (async (message: string | RespondArguments) => {
    const args = message as { text?: string; blocks?: SlackBuiltAnswer["blocks"] };
    answers.push(typeof message === "string" ? { text: message } : { text: args.text ?? "", blocks: args.blocks });
  }) as unknown as RespondFn;
  const client = {
    views: {
      open: async () => {
        opened = true;
        return { ok: true };
      },
    },
  } as unknown as WebClient;
  const command = {
    command: input.command,
    text: `${input.subcommand.name} ${input.args}`.trim(),
    user_id: input.actor?.ids.slack ?? "",
    channel_id: input.conversationId,
    // Non-empty, so a subcommand goes on to open its form (which `opened` then reports).
    trigger_id: "teams",
  } as SlashCommand;
  await input.subcommand.run({ args: input.args, command, respond, client, deps: input.deps, actor: input.actor, seal: input.seal });
  return { answers, opened };
}
