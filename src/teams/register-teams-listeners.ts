import type { Activity } from "@microsoft/teams.api";
import type { App } from "@microsoft/teams.apps";
import { identifyTeamsPerson } from "../app/roster/identify-teams-person.js";
import { saveTeamsConversation } from "../db/teams/save-teams-conversation.js";
import type { TeamsDeps } from "./teams-deps.js";
import { cardActivity } from "./card-activity.js";
import { routeTeamsCommand } from "./commands/route-teams-command.js";
import { teamsCommandList } from "./commands/teams-command-list.js";
import { withoutSlash } from "./commands/without-slash.js";
import { conversationOfActivity } from "./conversation-of-activity.js";
import { healthPresses } from "./actions/health-presses.js";
import { INTAKE_FORM } from "../domain/complaints/intake-form.js";
import { ASSESS_VIEW } from "../domain/health/assessment-form.js";
import { ACTION_RESULT_VIEW } from "../domain/health/action-result-form.js";
import { actionResultDialog } from "./health/action-result-dialog.js";
import { submitActionResultDialog } from "./health/submit-action-result-dialog.js";
import { assessmentDialog } from "./health/assessment-dialog.js";
import { submitAssessmentDialog } from "./health/submit-assessment-dialog.js";
import { createTeamsDeliveryPort } from "./delivery/teams-delivery-port.js";
import { createDialogSeal } from "./dialog-seal.js";
import { intakeDialog } from "./complaints/intake-dialog.js";
import { intakeLauncher } from "./complaints/intake-launcher.js";
import { LOG_AS_COMPLAINT, logAsComplaint } from "./complaints/log-as-complaint.js";
import { TEAMS_MESSAGE_ACTIONS } from "./complaints/teams-message-actions.js";
import { COMPLAINT_VERBS, pressComplaintButton } from "./complaints/press-complaint-button.js";
import { submitIntakeDialog } from "./complaints/submit-intake-dialog.js";
import { answerSatisfaction } from "./complaints/answer-satisfaction.js";
import { SATISFACTION_VERB } from "./complaints/satisfaction-prompt.js";
import { teamsComplaintChat } from "./complaints/teams-complaint-chat.js";
import { archiveTeamsMessage } from "./complaints/archive-teams-message.js";
import { openGroupChat } from "./complaints/open-group-chat.js";
import { actorOf } from "../domain/roster/actor-of.js";
import { teamsMentionsAsTokens } from "./commands/teams-mentions-as-tokens.js";
import { pressReminderButton, REMINDER_VERBS } from "./reminders/press-reminder-button.js";
import { TEAMS_THREAD } from "./teams-thread.js";

/** What the Teams app handles, for the manifest test (every command declared, nothing more). */
export interface TeamsRegistrations {
  /** Bot commands as the manifest offers them: `customer`, `complaint` (each with a subcommand) and `help`. */
  commands: { title: string; description: string }[];
  /** Activity types with a handler. */
  activities: string[];
  /** Action.Execute verbs answered in Teams. */
  verbs: string[];
  /** Message actions (message extension action commands on a message). */
  messageActions: { id: string; title: string; description: string }[];
}

/** Urgent teams as Graph group chats (TEAMS_GROUP_CHATS): Steward's id in the organisation's app catalog, installed into each chat. */
export interface GroupChatsSetting {
  appCatalogId: string;
}

/**
 * The Teams listeners: a message in Steward's personal chat, or one that @mentions Steward in a channel
 * or group chat, is a command (answered with cards in the same conversation); a person's message in a
 * case's conversation (card thread, temporary team) goes on the case's record. Every activity from a
 * conversation — the install (installationUpdate, conversationUpdate) first of all — records its
 * conversation reference, so reminders and pings can reach it later.
 */
export function registerTeamsListeners(app: App, deps: TeamsDeps, options: { sealSecret: string; serviceUrlOverride?: string; groupChats?: GroupChatsSetting }): TeamsRegistrations {
  const seal = createDialogSeal(options.sealSecret);
  const port = createTeamsDeliveryPort({ app, db: deps.db, logger: deps.logger, ...(options.serviceUrlOverride ? { serviceUrlOverride: options.serviceUrlOverride } : {}) });
  const groupChat = options.groupChats ? openGroupChat({ app, db: deps.db, appCatalogId: options.groupChats.appCatalogId, now: () => deps.clock.now(), logger: deps.logger }) : undefined;
  const chat = teamsComplaintChat(port, groupChat);
  const remember = async (activity: Activity, installed = true) => {
    const conversation = conversationOfActivity(activity, installed);
    if (conversation) await saveTeamsConversation(deps.db, conversation, deps.clock.now());
  };
  /** Who sent an activity (identifyTeamsPerson), asking Teams' member lookup for the sign-in name only when needed. */
  const identify = (activity: Activity, api: { conversations: { members(id: string): { getById(id: string): Promise<{ userPrincipalName?: string }> } } }) =>
    identifyTeamsPerson(deps.db, activity.from.aadObjectId, async () =>
      (await api.conversations.members(activity.conversation.id).getById(activity.from.id).catch(() => null))?.userPrincipalName,
    );
  /** The Teams identity the roster knows the sender by (their AAD id, or the sign-in name it lists). */
  const rosterTeamsId = async (activity: Activity, api: Parameters<typeof identify>[1]) => (await identify(activity, api))?.ids.teams ?? activity.from.aadObjectId ?? "";
  /** A message said in a channel or group chat, on a case's record if it belongs to one (archiveTeamsMessage). */
  const archiveSaid = async (activity: Activity & { text?: string }, api: Parameters<typeof identify>[1], addressed: boolean) => {
    // Chatter not addressed to Steward names its author without asking Teams' member lookup.
    const author = addressed ? await identify(activity, api) : await identifyTeamsPerson(deps.db, activity.from.aadObjectId, async () => undefined);
    await archiveTeamsMessage(deps, activity, author ? actorOf(author) : `teams:${activity.from.aadObjectId ?? activity.from.id}`);
  };
  app.on("message", async ({ activity, send, api }) => {
    await remember(activity);
    // With its resource-specific permissions Steward hears every message in its channels and chats;
    // only those addressed to it are commands, as Teams itself would deliver without them.
    const personal = activity.conversation.conversationType === "personal";
    const addressed = personal || (activity.entities ?? []).some((entity) => entity.type === "mention" && (entity as { mentioned?: { id?: string } }).mentioned?.id === activity.recipient.id);
    // A case's conversations are channel threads and group chats (a personal chat has no threads).
    if (!personal) await archiveSaid(activity, api, addressed).catch((error: unknown) => deps.logger.error("teams complaint message not archived", error));
    if (!addressed) return;
    const text = teamsMentionsAsTokens(activity);
    try {
      const launcher = intakeLauncher(text);
      if (launcher) return void (await send(launcher));
      const actor = await identify(activity, api);
      const answers = await routeTeamsCommand({ text, actor, conversationId: activity.conversation.id, deps });
      for (const answer of answers) await send("parts" in answer ? cardActivity(answer) : answer);
    } catch (error) {
      deps.logger.error(`teams command ${JSON.stringify(text.slice(0, 80))} failed`, error);
      await send(cardActivity({ text: "Sorry — that command failed on our side and changed nothing. Please try again; if it keeps failing, tell your Steward admin.", parts: [] }));
    }
  });
  app.on("card.action", async ({ activity, send, api }) => {
    await remember(activity);
    const { verb = "", data } = (activity.value?.action ?? {}) as { verb?: string; data?: { value?: unknown } };
    const handler = healthPresses.get(verb);
    const notice = (text: string) => ({ statusCode: 200, type: "application/vnd.microsoft.activity.message", value: text }) as const;
    if (COMPLAINT_VERBS.includes(verb) || verb === SATISFACTION_VERB) {
      const pressed = { deps, aadObjectId: await rosterTeamsId(activity, api), data: (data ?? {}) as Record<string, unknown> };
      const answer = verb === SATISFACTION_VERB ? await answerSatisfaction(pressed) : await pressComplaintButton({ ...pressed, chat, verb });
      if (answer.kind === "notice") return notice(answer.text);
      return { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: answer.card } as never;
    }
    if (REMINDER_VERBS.includes(verb)) {
      const actor = await identify(activity, api);
      // A card in a channel thread sits in the channel's conversation; the ledger records the channel's id.
      const conversation = activity.conversation.id.split(TEAMS_THREAD)[0]!;
      const answer = await pressReminderButton({
        deps,
        verb,
        teamsUserId: actor?.ids.teams ?? activity.from.aadObjectId ?? "",
        actor,
        data: (data ?? {}) as Record<string, unknown>,
        pressed: activity.replyToId ? { conversation, id: activity.replyToId } : null,
      });
      if (answer.kind === "notice") return notice(answer.text);
      if (answer.kind === "post") {
        await send(cardActivity(withoutSlash(answer.message)));
        return notice("Done.");
      }
      return { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: answer.card } as never;
    }
    // Every verb Steward's cards carry is answered above or here; anything else is a card from before a
    // change, or not Steward's.
    if (!handler) return notice("This button is out of date: type the command again for a fresh card. Nothing was changed.");
    const actor = await identify(activity, api);
    if (!actor) return notice("Sorry — customer data is shown only to people on Steward's roster, and you are not on it yet. Ask your Steward admin to add you.");
    const answer = await handler({ value: typeof data?.value === "string" ? data.value : "", actor, conversationId: activity.conversation.id, deps });
    if ("replace" in answer) return { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: cardActivity(withoutSlash(answer.replace)).attachments[0]!.content } as never;
    if ("post" in answer) await send(cardActivity(withoutSlash(answer.post)));
    if ("send" in answer) await send(answer.send);
    return notice("notice" in answer && answer.notice ? answer.notice : "Done.");
  });
  const outOfDate = { task: { type: "message", value: "This form is out of date: type the command again." } } as const;
  app.on("dialog.open", async ({ activity, api }) => {
    await remember(activity);
    const data = (activity.value?.data ?? {}) as { form?: unknown; customer?: unknown; c?: unknown; a?: unknown };
    if (data.form === ASSESS_VIEW) {
      const customerId = typeof data.c === "number" && Number.isInteger(data.c) ? data.c : null;
      return assessmentDialog(deps, seal, { actor: await identify(activity, api), customerId, conversationId: activity.conversation.id });
    }
    if (data.form === ACTION_RESULT_VIEW) {
      const actionId = typeof data.a === "number" && Number.isInteger(data.a) ? data.a : null;
      return actionResultDialog(deps, seal, { actor: await identify(activity, api), actionId });
    }
    if (data.form !== INTAKE_FORM) return outOfDate;
    return intakeDialog(deps, seal, typeof data.customer === "string" && data.customer ? { customer: data.customer } : {});
  });
  app.on("dialog.submit", async ({ activity, api }) => {
    const data = (activity.value?.data ?? {}) as Record<string, unknown>;
    if (data.form === ASSESS_VIEW) {
      try {
        return await submitAssessmentDialog({ deps, seal, actor: await identify(activity, api), conversationId: activity.conversation.id, data });
      } catch (error) {
        deps.logger.error("teams assessment failed", error);
        return { task: { type: "message", value: "Sorry — the assessment could not be saved on our side. Please try again; if it keeps failing, tell your Steward admin." } };
      }
    }
    if (data.form === ACTION_RESULT_VIEW) {
      try {
        return await submitActionResultDialog({ deps, seal, actor: await identify(activity, api), data });
      } catch (error) {
        deps.logger.error("teams action result failed", error);
        return { task: { type: "message", value: "Sorry — the result could not be saved on our side. Please try again; if it keeps failing, tell your Steward admin." } };
      }
    }
    if (data.form !== INTAKE_FORM) return outOfDate;
    try {
      return await submitIntakeDialog({ deps, seal, chat, aadObjectId: await rosterTeamsId(activity, api), data });
    } catch (error) {
      deps.logger.error("teams complaint intake failed", error);
      return { task: { type: "message", value: "Sorry — the complaint could not be filed on our side. Please try again; if it keeps failing, tell your Steward admin." } };
    }
  });
  app.on("message.ext.open", async ({ activity }) => {
    await remember(activity);
    if (activity.value.commandId !== LOG_AS_COMPLAINT || !activity.value.messagePayload) return { task: { type: "message", value: "This action is out of date: reinstall Steward." } } as never;
    return (await logAsComplaint(deps, seal, { conversationId: activity.conversation.id, message: activity.value.messagePayload })) as never;
  });
  app.on("message.ext.submit", async ({ activity, api }) => {
    const data = (activity.value.data ?? {}) as Record<string, unknown>;
    if (activity.value.commandId !== LOG_AS_COMPLAINT || data.form !== INTAKE_FORM) return { task: { type: "message", value: "This action is out of date: reinstall Steward." } } as never;
    try {
      return (await submitIntakeDialog({ deps, seal, chat, aadObjectId: await rosterTeamsId(activity, api), data })) as never;
    } catch (error) {
      deps.logger.error("teams complaint intake (message action) failed", error);
      return { task: { type: "message", value: "Sorry — the complaint could not be filed on our side. Please try again; if it keeps failing, tell your Steward admin." } } as never;
    }
  });
  app.on("installationUpdate", async ({ activity, api }) => {
    await remember(activity, activity.action !== "remove");
    // Someone the roster lists by e-mail or sign-in name added Steward: known by their object id from now
    // on, so reminders and pings reach the chat just stored before they ever type anything.
    if (activity.action !== "remove" && activity.conversation.conversationType === "personal") {
      await identify(activity, api).catch((error: unknown) => deps.logger.warn("teams installer not identified", error));
    }
  });
  app.on("conversationUpdate", async ({ activity }) => {
    const bot = activity.recipient?.id;
    const removed = Boolean(bot && activity.membersRemoved?.some((member) => member.id === bot));
    await remember(activity, !removed);
  });
  return {
    commands: teamsCommandList(),
    activities: ["message", "card.action", "dialog.open", "dialog.submit", "message.ext.open", "message.ext.submit", "installationUpdate", "conversationUpdate"],
    verbs: [...healthPresses.keys(), ...COMPLAINT_VERBS, SATISFACTION_VERB, ...REMINDER_VERBS],
    messageActions: TEAMS_MESSAGE_ACTIONS,
  };
}
