import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { SteppableClock } from "../scheduler/create-scheduler.js";
import type { RunningSlackApp } from "../slack/start-slack-app.js";
import type { FakeSlackApi, RecordedCall } from "./fake-slack-api.js";
import { findConsolePerson } from "./find-console-person.js";
import { formatConsoleTime } from "./format-console-time.js";
import { answerField, emptyValue, fieldPrompt, type ModalField, modalFields } from "./modal-form.js";
import { parseConsoleDuration } from "./parse-console-duration.js";
import { type RenderedButton, renderBlocks } from "./render-blocks.js";
import type { SignedSlackClient } from "./signed-slack-client.js";

export interface ConsolePerson {
  slackUserId: string;
  name: string;
  /** What `:people` says about them: department, roles, tiers. */
  summary?: string;
}

export interface LocalConsoleOptions {
  fake: FakeSlackApi;
  client: SignedSlackClient;
  app: RunningSlackApp;
  clock: SteppableClock;
  people: ConsolePerson[];
  /** Who the console acts as at first. */
  actingAs: ConsolePerson;
  /** Runs the scheduler up to the new time and returns when everything due has been handled. */
  advanceTo: (to: Date) => Promise<void>;
  /** Called once the console shows what Steward posts: start the scheduler here, so its catch-up is seen. */
  onReady: () => void;
  /** The console's time moved (`:advance`) or the console ends: keep it for the next session. */
  onTimeMoved?: (now: Date) => void;
  input: Readable;
  output: Writable;
}

interface PressableButton extends RenderedButton {
  channelId?: string;
  messageTs?: string;
  view?: Record<string, unknown>;
}

const CONSOLE_CHANNEL = "C0CONSOLE";
const HELP = [
  "Type what you would type in Slack: /customer help, /complaint help, …",
  "A number presses the button shown with it, e.g. 1 for [1] Acknowledge.",
  ":as <person>       act as another person: a roster name, a Slack id, or anyone else (:as stranger); role checks apply",
  ":advance <time>    move the clock forward (30m, 2h, 1d, 1w) — every timer fires at its own minute",
  ":people            who is on the roster, with department, roles and tiers",
  ":now               the console's current time    :quit  leave",
].join("\n");

/**
 * The local console: a terminal that behaves like Slack. What is typed goes to the real Bolt app
 * as signed HTTP requests; what the app sends to the (stand-in) Web API is rendered as text.
 */
export async function runLocalConsole(options: LocalConsoleOptions): Promise<void> {
  const { fake, client, clock, output } = options;
  let actingAs = options.actingAs;
  const buttons: PressableButton[] = [];
  const modals: Array<Record<string, unknown>> = [];
  const print = (text: string) => output.write(`${text}\n`);
  const names = {
    user: (id: string) => fake.userName(id) ?? options.people.find((person) => person.slackUserId === id)?.name,
    channel: (id: string) => fake.channelName(id),
  };

  const show = (heading: string, args: Record<string, unknown>, where: { channelId?: string; messageTs?: string }) => {
    const rendered = renderBlocks(args.blocks as unknown[] | undefined, args.text as string | undefined, names, buttons.length + 1);
    buttons.push(...rendered.buttons.map((button) => ({ ...button, ...where })));
    print(`\n${heading}`);
    for (const line of rendered.lines) print(`  ${line}`);
  };

  const onCall = (call: RecordedCall) => {
    const args = call.args;
    const channel = String(args.channel ?? "");
    const target = channel.startsWith("U") || channel.startsWith("D")
      ? `@${names.user(channel.replace(/^D/, "")) ?? channel} (direct message)`
      : `#${(names.channel(channel) ?? channel).replace(/^#/, "")}`;
    switch (call.method) {
      case "response_url":
        if (args.delete_original) return;
        show(args.response_type === "in_channel" ? `→ #console (Steward, visible to everyone)` : `→ Steward (only you can see this)`, args, { channelId: CONSOLE_CHANNEL });
        return;
      case "chat.postMessage": {
        const thread = args.thread_ts ? " (in thread)" : "";
        show(`→ ${target}${thread}  [${formatConsoleTime(clock.now())}]`, args, {
          channelId: String(call.result?.channel ?? channel),
          messageTs: call.result?.ts as string | undefined,
        });
        return;
      }
      case "chat.update":
        show(`↻ ${target} (message updated)`, args, { channelId: channel, messageTs: String(args.ts) });
        return;
      case "chat.postEphemeral":
        show(`→ ${target} (only @${names.user(String(args.user)) ?? args.user} can see this)`, args, { channelId: channel });
        return;
      case "conversations.create":
        print(`\n• Steward created ${args.is_private ? "private " : ""}channel #${args.name}`);
        return;
      case "conversations.archive":
        print(`\n• Steward archived #${names.channel(channel) ?? channel}`);
        return;
      case "conversations.unarchive":
        print(`\n• Steward unarchived #${names.channel(channel) ?? channel}`);
        return;
      case "views.open":
      case "views.push":
      case "views.update": {
        const view = (typeof args.view === "string" ? JSON.parse(args.view) : args.view) as Record<string, unknown>;
        modals.push({ ...view, id: args.view_id ?? view.id ?? `V${randomBytes(4).toString("hex")}` });
        return;
      }
      default:
        return;
    }
  };
  fake.on("call", onCall);
  options.onReady();

  const rl = createInterface({ input: options.input, output, terminal: Boolean((options.input as NodeJS.ReadStream).isTTY) });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string | null> => {
    output.write(prompt);
    const next = await lines.next();
    return next.done ? null : next.value;
  };

  /** Waits until the app has stopped talking to the Web API for a moment (its work after ack()). */
  const settle = async () => {
    let seen = fake.calls.length;
    for (let waited = 0; waited < 5_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (fake.calls.length === seen && waited >= 200) return;
      seen = fake.calls.length;
    }
  };

  const findPerson = (typed: string) => findConsolePerson(typed, options.people);
  const personLookup = (typed: string) => {
    const found = findPerson(typed);
    return found.kind === "one" ? { id: found.person.slackUserId } : { problem: found.problem };
  };

  /** Reads one field's answer, asking again until it is one the field accepts; null when the form is closed. */
  const askField = async (field: ModalField): Promise<Record<string, unknown> | null> => {
    for (;;) {
      let typed = await ask(`│ ${fieldPrompt(field)}`);
      if (typed === null || typed.trim() === ":cancel") return null;
      if (field.multiline && typed.trim() !== "") {
        const more: string[] = [typed];
        for (;;) {
          const line = await ask("│   … ");
          if (line === null || line.trim() === ":cancel") return null;
          if (line.trim() === "") break;
          more.push(line);
        }
        typed = more.join("\n");
      }
      const answer = answerField(field, typed, personLookup);
      if (answer.ok) return answer.value;
      print(`│ ✗ ${answer.message}`);
    }
  };

  const fillModals = async () => {
    while (modals.length) {
      const view = modals.shift()!;
      const fields = modalFields(view);
      const title = (view.title as { text?: string } | undefined)?.text ?? "Form";
      print(`\n┌ ${title} — answer each field (:cancel closes the form)`);
      if (!fields.length) continue;
      let values = new Map<string, Record<string, unknown>>();
      let toAsk: ModalField[] = fields;
      for (;;) {
        const skippedGroups = new Set<string>();
        for (const field of toAsk) {
          const group = fieldGroup(field, fields);
          if (group && skippedGroups.has(group)) continue;
          const value = await askField(field);
          if (value === null) return print("└ form closed, nothing sent");
          values.set(field.blockId, value);
          const leadsGroup = group !== null && fields.find((f) => fieldGroup(f, fields) === group) === field;
          if (leadsGroup && isEmptyAnswer(value) && toAsk.length === fields.length) skippedGroups.add(group);
        }
        const state: Record<string, Record<string, unknown>> = {};
        for (const field of fields) state[field.blockId] = { [field.actionId]: values.get(field.blockId) ?? { type: field.type, ...emptyValue(field) } };
        const response = await client.viewSubmission({
          userId: actingAs.slackUserId,
          callbackId: String(view.callback_id),
          privateMetadata: view.private_metadata as string | undefined,
          values: state,
          viewId: String(view.id),
        });
        const body = response.body as { response_action?: string; errors?: Record<string, string>; view?: Record<string, unknown> } | undefined;
        if (body?.response_action === "errors" && body.errors) {
          for (const [blockId, message] of Object.entries(body.errors)) print(`│ ✗ ${fields.find((f) => f.blockId === blockId)?.label ?? blockId}: ${message}`);
          toAsk = fields.filter((field) => body.errors![field.blockId] !== undefined);
          values = new Map([...values].filter(([blockId]) => body.errors![blockId] === undefined));
          continue;
        }
        if ((body?.response_action === "update" || body?.response_action === "push") && body.view) modals.unshift({ ...body.view, id: view.id });
        print("└ sent");
        break;
      }
      await settle();
    }
  };

  print(`Steward local console — you are @${actingAs.name} (${actingAs.slackUserId}). Type :help for help.`);
  for (;;) {
    const line = await ask(`\n${actingAs.name}> `);
    if (line === null) break;
    const text = line.trim();
    if (!text) continue;
    if (text === ":quit" || text === ":q") break;
    if (text === ":help") {
      print(HELP);
    } else if (text === ":now") {
      print(`Console time: ${formatConsoleTime(clock.now())}`);
    } else if (text === ":people") {
      if (!options.people.length) print("Nobody is on the roster yet: import people with `steward import` (see docs/import.md).");
      for (const person of options.people) print(`  ${person.name} (${person.slackUserId})${person.summary ? ` — ${person.summary}` : ""}`);
    } else if (text === ":as" || text.startsWith(":as ")) {
      const wanted = text.slice(3).trim();
      const found = findPerson(wanted);
      if (!wanted) print("Say who, e.g. :as Priya, :as U0ACME01 or :as stranger (someone not on the roster).");
      else if (found.kind === "one") {
        actingAs = found.person;
        print(`You are now @${found.person.name} (${found.person.slackUserId}).`);
      } else if (found.kind === "several") {
        print(found.problem);
      } else {
        actingAs = strangerNamed(wanted);
        fake.addUser({ id: actingAs.slackUserId, name: actingAs.name });
        print(`You are now @${actingAs.name} (${actingAs.slackUserId}), who is not on the roster: Steward treats you as a Slack user it does not know.`);
      }
    } else if (text.startsWith(":advance")) {
      const ms = parseConsoleDuration(text.slice(8));
      if (ms === null) print("Say how far, e.g. :advance 30m, :advance 2h, :advance 1d, :advance 1w (at most a year).");
      else {
        const to = new Date(clock.now().getTime() + ms);
        print(`Advancing to ${formatConsoleTime(to)} …`);
        await options.advanceTo(to);
        options.onTimeMoved?.(clock.now());
        await settle();
        print(`Now ${formatConsoleTime(clock.now())}.`);
      }
    } else if (/^\d+$/.test(text)) {
      const button = buttons[Number(text) - 1];
      if (!button) print(`There is no button [${text}].`);
      else {
        await client.blockAction({ userId: actingAs.slackUserId, actionId: button.actionId, value: button.value, blockId: button.blockId, channelId: button.channelId, messageTs: button.messageTs, view: button.view });
        await settle();
      }
    } else if (text.startsWith("/")) {
      const [command = "", ...rest] = text.split(/\s+/);
      const response = await client.command(command, rest.join(" "), { userId: actingAs.slackUserId, channelId: CONSOLE_CHANNEL });
      if (response.status === 404) print(`Steward has no ${command} command. Try /customer help or /complaint help.`);
      else if (response.status >= 400) print(`Slack would show: "${command} failed with the error \\"dispatch_failed\\"" (HTTP ${response.status}).`);
      else if (response.body && typeof response.body === "object") show("→ Steward (only you can see this)", response.body as Record<string, unknown>, { channelId: CONSOLE_CHANNEL });
      await settle();
    } else if (text.startsWith(":")) {
      print(`Unknown console command "${text}". ${HELP.split("\n")[2]}`);
    } else {
      print("Messages to the channel are not sent anywhere; type a slash command (/customer help) or :help.");
    }
    await fillModals();
  }
  options.onTimeMoved?.(clock.now());
  fake.off("call", onCall);
  rl.close();
}

/**
 * The group of a field that belongs with the fields after it (`override_stability_score` and
 * `override_stability_reason`, `action_0_problem` … `action_0_deadline`): when the group's first field is
 * optional and left empty, the console does not ask for the rest (no reason without an override).
 */
function fieldGroup(field: ModalField, fields: ModalField[]): string | null {
  const group = field.blockId.replace(/_[^_]+$/, "");
  if (group === field.blockId) return null;
  const members = fields.filter((f) => f.blockId.replace(/_[^_]+$/, "") === group);
  return members.length > 1 && members.every((f) => f.optional) ? group : null;
}

function isEmptyAnswer(value: Record<string, unknown>): boolean {
  return Object.entries(value).every(([key, v]) => key === "type" || v === null || (Array.isArray(v) && v.length === 0));
}

/** Someone not on the roster, to try what Steward tells strangers: a Slack id as typed, or one made from the name. */
function strangerNamed(wanted: string): ConsolePerson {
  const handle = wanted.replace(/^<@|>$/g, "").replace(/^@/, "");
  if (/^[UW][A-Z0-9]{2,}$/.test(handle)) return { slackUserId: handle, name: handle };
  const id = `U0${handle.toUpperCase().replace(/[^A-Z0-9]/g, "").slice(0, 9) || "STRANGER"}`;
  return { slackUserId: id, name: handle };
}
