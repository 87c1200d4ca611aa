import { createHash } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { SteppableClock } from "../scheduler/create-scheduler.js";
import { askCardInputs } from "./ask-card-inputs.js";
import type { FakeSlackApi, RecordedCall } from "./fake-slack-api.js";
import { formatConsoleTime } from "./format-console-time.js";
import type { RecordedActivity } from "./local-bot-connector.js";
import { parseConsoleDuration } from "./parse-console-duration.js";
import { renderBlocks } from "./render-blocks.js";
import { type CardButton, renderCardLines } from "./render-card-lines.js";
import { LOCAL_TEAMS, type LocalTeams } from "./start-local-teams.js";

export interface TeamsConsolePerson {
  name: string;
  aadObjectId: string;
  userPrincipalName?: string;
}

const HELP = [
  "Type what you would type to Steward in Teams: help, customer score ACME, complaint list open, …",
  "A number presses the card button shown with it; a button that opens a form (a dialog) asks its fields one by one.",
  ":as <person>       act as another roster person (by name)",
  ":advance <time>    move the clock forward (30m, 2h, 1d, 1w)",
  ":people            who is on the roster     :now  the console's time     :quit  leave",
].join("\n");

/** A console person's Teams identity: their roster Teams id when it is an object id, else one made from their roster id. */
export function consoleTeamsPerson(person: { id: number; name: string; email: string | null; teamsUserId: string | null }): TeamsConsolePerson {
  const objectId = person.teamsUserId && /^[0-9a-f-]{36}$/i.test(person.teamsUserId) ? person.teamsUserId : undefined;
  const hex = createHash("sha256").update(`steward-console/${person.id}`).digest("hex");
  return {
    name: person.name,
    aadObjectId: objectId ?? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`,
    ...(!objectId && (person.teamsUserId ?? person.email) ? { userPrincipalName: (person.teamsUserId ?? person.email)! } : {}),
  };
}

/**
 * The local console as Teams: what is typed goes as an authenticated activity (a token the stand-in
 * Bot Connector signs, with the keys it publishes) through the real `/api/messages`; what Steward posts
 * to the stand-in is printed as text with numbered buttons.
 */
export async function runLocalTeamsConsole(options: {
  local: LocalTeams;
  clock: SteppableClock;
  people: TeamsConsolePerson[];
  advanceTo: (to: Date) => Promise<void>;
  /**
   * The stand-in Slack of the same process: people on the roster who are reached on Slack (no Teams
   * identity, or they prefer Slack) get their messages there, which the console shows too (without buttons).
   */
  slack?: FakeSlackApi;
  input: Readable;
  output: Writable;
}): Promise<void> {
  const { local, clock, output } = options;
  const print = (text: string) => output.write(`${text}\n`);
  for (const person of options.people) local.connector.addMember({ id: `29:${person.aadObjectId}`, ...person });
  let actingAs = options.people[0] ?? { name: "you", aadObjectId: "00000000-0000-4000-8000-0000000000c0" };
  const buttons: (CardButton & { form?: unknown; card?: unknown })[] = [];
  const show = (recorded: RecordedActivity) => {
    const attachments = (recorded.activity.attachments ?? []) as { content: unknown }[];
    // The console signs everyone in with their chat at `a:<object id>` (see send below): name whose it is.
    const chatOf = options.people.find((person) => recorded.conversationId === `a:${person.aadObjectId}`);
    const where = chatOf ? `${chatOf.name}'s personal chat` : recorded.conversationId.startsWith("a:") ? "a personal chat" : recorded.conversationId;
    print(`\n${recorded.method === "PUT" ? "↻" : "→"} Steward in ${where}  [${formatConsoleTime(clock.now())}]`);
    if (!attachments.length) print(`  ${String(recorded.activity.text ?? "")}`);
    for (const attachment of attachments) {
      const rendered = renderCardLines(attachment.content, buttons.length + 1);
      buttons.push(...rendered.buttons.map((button) => ({ ...button, card: attachment.content })));
      for (const line of rendered.lines) print(`  ${line}`);
    }
  };
  local.connector.onActivity(show);
  const names = { user: (id: string) => options.slack?.userName(id), channel: (id: string) => options.slack?.channelName(id) };
  const showSlack = (call: RecordedCall) => {
    if (call.method !== "chat.postMessage" && call.method !== "chat.update") return;
    const channel = String(call.args.channel ?? "");
    const target = /^[UW]/.test(channel) ? `@${names.user(channel) ?? channel} (direct message)` : `#${(names.channel(channel) ?? channel).replace(/^#/, "")}`;
    print(`\n${call.method === "chat.update" ? "↻" : "→"} Steward in Slack, ${target}  [${formatConsoleTime(clock.now())}]`);
    for (const line of renderBlocks(call.args.blocks as unknown[] | undefined, call.args.text as string | undefined, names, 1).lines) print(`  ${line}`);
  };
  options.slack?.on("call", showSlack);

  const rl = createInterface({ input: options.input, output, terminal: Boolean((options.input as NodeJS.ReadStream).isTTY) });
  const lines = rl[Symbol.asyncIterator]();
  const send = (activity: Record<string, unknown>) =>
    local.connector.send(local.teams.messagesUrl, {
      from: { id: `29:${actingAs.aadObjectId}`, aadObjectId: actingAs.aadObjectId, name: actingAs.name },
      recipient: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" },
      conversation: { id: `a:${actingAs.aadObjectId}`, conversationType: "personal", tenantId: LOCAL_TEAMS.tenantId },
      channelData: { tenant: { id: LOCAL_TEAMS.tenantId } },
      ...activity,
    });
  // Steward learns each person's chat from its install, as in Teams.
  for (const person of options.people) {
    const previous = actingAs;
    actingAs = person;
    await send({ type: "installationUpdate", action: "add" });
    actingAs = previous;
  }
  const ask = async (prompt: string) => {
    output.write(prompt);
    const next = await lines.next();
    return next.done ? null : next.value;
  };
  const answerOf = (response: { status: number; body: string }) => {
    try {
      return JSON.parse(response.body) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  /** An Action.Execute press; a card answered with inputs (a form in the card) is filled and sent on. */
  const press = async (verb: string, data: unknown): Promise<void> => {
    const response = await send({ type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb, data } } });
    const answer = answerOf(response) as { type?: string; value?: unknown };
    if (response.status !== 200) return void print(`Teams would show: Steward did not answer (HTTP ${response.status}).`);
    if (answer.type === "application/vnd.microsoft.activity.message") return void print(`(Teams shows: ${String(answer.value)})`);
    if (answer.type !== "application/vnd.microsoft.card.adaptive") return;
    const rendered = renderCardLines(answer.value, buttons.length + 1);
    const [action] = ((answer.value as { actions?: { verb?: string; data?: Record<string, unknown> }[] }).actions ?? []);
    print(`\n↻ Steward (card refreshed)`);
    for (const line of rendered.lines) print(`  ${line}`);
    // Steward's messages keep their buttons in the body; a form shown in the card has its one action below.
    const values = action?.verb ? await askCardInputs(answer.value, ask, print) : null;
    if (values && Object.keys(values).length && action?.verb) return press(action.verb, { ...action.data, ...values });
    // A form drawn inside the card (its inputs above its button, the card's last): pressing that button
    // sends the inputs, as Teams does, so the console asks them first.
    const last = rendered.buttons.at(-1);
    buttons.push(...rendered.buttons.map((button) => (button === last ? { ...button, form: answer.value, card: answer.value } : { ...button, card: answer.value })));
  };
  /** A button that opens a dialog (task/fetch): its inputs asked one by one, submitted until Steward accepts or says why not. */
  const openDialog = async (data: unknown): Promise<void> => {
    let response = await send({ type: "invoke", name: "task/fetch", value: { data } });
    for (;;) {
      const task = (answerOf(response) as { task?: { type?: string; value?: unknown } }).task;
      if (response.status !== 200 || !task) return void print(`Teams would show: Steward did not answer (HTTP ${response.status}).`);
      if (task.type !== "continue") return void print(`(Teams shows: ${String(task.value ?? "")})`);
      const dialog = task.value as { title?: string; card: { content: { body: Record<string, unknown>[]; actions?: { data?: Record<string, unknown> }[] } } };
      print(`\n▢ ${dialog.title ?? "Dialog"} (Enter keeps what is shown; type :cancel to close it)`);
      for (const problem of dialog.card.content.body.filter((e) => e.color === "Attention")) print(`  ! ${String(problem.text)}`);
      const values = await askCardInputs(dialog.card.content, async (prompt) => {
        const typed = await ask(prompt);
        return typed?.trim() === ":cancel" ? null : typed;
      }, print);
      if (!values) return void print("(dialog closed, nothing sent)");
      response = await send({ type: "invoke", name: "task/submit", value: { data: { ...dialog.card.content.actions?.[0]?.data, ...values } } });
    }
  };
  print(`Steward local console (Teams) — you are ${actingAs.name}. Type :help for help.`);
  for (;;) {
    output.write(`\n${actingAs.name}> `);
    const next = await lines.next();
    if (next.done) break;
    const text = next.value.trim();
    if (!text) continue;
    if (text === ":quit" || text === ":q") break;
    if (text === ":help") print(HELP);
    else if (text === ":now") print(`Console time: ${formatConsoleTime(clock.now())}`);
    else if (text === ":people") for (const person of options.people) print(`  ${person.name}${person.userPrincipalName ? ` (${person.userPrincipalName})` : ""}`);
    else if (text.startsWith(":as")) {
      const wanted = text.slice(3).trim().toLowerCase();
      const found = options.people.filter((person) => person.name.toLowerCase().includes(wanted));
      if (!wanted || found.length !== 1) print(found.length > 1 ? `Several people match: ${found.map((p) => p.name).join(", ")}.` : "Say who, e.g. :as Lin.");
      else {
        actingAs = found[0]!;
        print(`You are now ${actingAs.name}.`);
      }
    } else if (text.startsWith(":advance")) {
      const ms = parseConsoleDuration(text.slice(8));
      if (ms === null) print("Say how far, e.g. :advance 30m, :advance 2h, :advance 1d, :advance 1w.");
      else {
        await options.advanceTo(new Date(clock.now().getTime() + ms));
        print(`Now ${formatConsoleTime(clock.now())}.`);
      }
    } else if (/^\d+$/.test(text)) {
      const button = buttons[Number(text) - 1];
      if (!button) print(`There is no button [${text}].`);
      else if ((button.data as { msteams?: { type?: string } } | undefined)?.msteams?.type === "task/fetch") await openDialog(button.data);
      else if (typeof (button.data as { input?: unknown } | undefined)?.input === "string" && button.card) {
        // A choice's button (Snooze: 1 day | 1 week) sends the option picked in its input: asked first.
        const id = (button.data as { input: string }).input;
        const values = await askCardInputs({ body: [inputById(button.card, id)].filter(Boolean) }, ask, print);
        if (!values) print("(nothing sent)");
        else await press(button.verb, { ...(button.data as Record<string, unknown>), ...values });
      } else if (button.form) {
        const values = await askCardInputs(button.form, ask, print);
        if (!values) print("(nothing sent)");
        else await press(button.verb, { ...(button.data as Record<string, unknown>), ...values });
      } else await press(button.verb, button.data);
    } else if (text.startsWith(":")) print(`Unknown console command "${text}". Type :help.`);
    else {
      const response = await send({ type: "message", text });
      if (response.status !== 200) print(`Teams would show: Steward did not answer (HTTP ${response.status}).`);
    }
  }
  rl.close();
  options.slack?.off("call", showSlack);
}

/** The input of a card with this id, however deep (containers, column sets). */
function inputById(card: unknown, id: string): unknown {
  if (Array.isArray(card)) {
    for (const item of card) {
      const found = inputById(item, id);
      if (found) return found;
    }
    return undefined;
  }
  if (!card || typeof card !== "object") return undefined;
  const element = card as Record<string, unknown>;
  if (typeof element.type === "string" && element.type.startsWith("Input.") && element.id === id) return element;
  for (const value of Object.values(element)) {
    const found = inputById(value, id);
    if (found) return found;
  }
  return undefined;
}
