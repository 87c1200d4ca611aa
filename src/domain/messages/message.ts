import type { PlatformIdentities } from "../roster/platform-identity.js";

/**
 * A platform-neutral message: what a use case says, never how a platform draws it. Each adapter has
 * one renderer (Slack: Block Kit + mrkdwn; Teams: Adaptive Cards) that turns it into its own format,
 * escaping every string on the way, so text people typed never becomes markup, a ping or a link.
 */
export interface Message {
  /** The notification / fallback line (Slack's `text`, Teams' summary). */
  text: Inline;
  parts: readonly Part[];
}

/**
 * Inline text. A plain string is always text, never markup: the renderer escapes it. Markup exists
 * only as runs, so a mention or a link is something the code chose to put there.
 */
export type Inline = string | InlineRun | readonly Inline[];

export type InlineRun =
  | { kind: "strong"; content: Inline }
  | { kind: "emphasis"; content: Inline }
  | { kind: "code"; text: string }
  | { kind: "mention"; person: PersonMention }
  | { kind: "channel"; channel: PlatformIdentities; name?: string }
  | { kind: "link"; url: string; label: Inline }
  | { kind: "icon"; name: IconName }
  /**
   * A moment each reader sees in their own zone where the platform can; `fallback` where it cannot.
   * `at` is an ISO string, so a message stored in the delivery ledger (JSON) reads back the same.
   */
  | { kind: "date"; at: string; fallback: string };

/** A person named in a message: rendered as a ping where the platform knows them, else by name. */
export interface PersonMention {
  name: string;
  ids: PlatformIdentities;
}

/** The few pictograms messages use; Slack draws `:name:`, Teams a Unicode character. */
export type IconName =
  | "red_circle"
  | "large_orange_circle"
  | "white_circle"
  | "stopwatch"
  | "warning"
  | "rotating_light"
  | "white_check_mark"
  | "bell"
  | "calendar"
  | "birthday"
  | "tada"
  | "chart_with_downwards_trend"
  | "chart_with_upwards_trend"
  | "bar_chart"
  | "busts_in_silhouette"
  | "hourglass"
  | "memo"
  | "pushpin"
  | "no_entry"
  | "information_source"
  | "handshake"
  | "hourglass_flowing_sand"
  | "speech_balloon"
  | "leftwards_arrow_with_hook"
  | "hammer_and_wrench"
  | "lock"
  | "arrow_forward"
  | "zzz";

export type Part =
  /** A title line; plain text only. */
  | { kind: "heading"; text: string }
  /**
   * A paragraph; `id` lets a later press find it (Slack block_id); `accessory` sits beside it.
   * `verbatim`: shown exactly as typed, nothing in it formatted (a case's whole description).
   */
  | { kind: "text"; text: Inline; id?: string; accessory?: Control; verbatim?: boolean }
  /** Label / value pairs shown side by side where the platform can. */
  | { kind: "fields"; fields: readonly Field[]; id?: string }
  /** Small print under the main content (Slack context block). */
  | { kind: "note"; text: Inline }
  | { kind: "divider" }
  /** A row of buttons and choices; `id` groups them (Slack block_id). */
  | { kind: "controls"; controls: readonly Control[]; id?: string };

export interface Field {
  label: string;
  value: Inline;
}

export type Control = ButtonControl | ChoiceControl;

/** A button: `action` is the handler's id, `value` travels back with the press (opaque to the platform). */
export interface ButtonControl {
  kind: "button";
  label: string;
  action: string;
  value: string;
  style?: "primary" | "danger";
  confirm?: { title: string; text: string; confirm: string; deny: string };
}

/** A pick-one menu whose choice is sent as a press (e.g. "Snooze 1 day"). */
export interface ChoiceControl {
  kind: "choice";
  action: string;
  placeholder: string;
  options: readonly { label: string; value: string }[];
}

/**
 * A form (Slack modal, Teams dialog). `state` is what the use case needs back with the submission;
 * the adapter seals it so a submitter cannot change it. `items` are inputs with headings and notes
 * between them, in order.
 */
export interface Form {
  id: string;
  title: string;
  submit: string;
  close?: string;
  state: string;
  items: readonly (FormInput | Part)[];
}

interface InputBase {
  /** The field's name in the submission and in FormErrors. */
  id: string;
  label: string;
  hint?: string;
  placeholder?: string;
  optional?: boolean;
}

export type FormInput =
  | (InputBase & { kind: "text-input"; multiline?: boolean; initial?: string; maxLength?: number })
  | (InputBase & { kind: "number-input"; initial?: number; min?: number; max?: number; decimal?: boolean })
  | (InputBase & { kind: "date-input"; initial?: string })
  | (InputBase & { kind: "choice-input"; options: readonly { label: string; value: string }[]; initial?: readonly string[]; multiple?: boolean })
  /**
   * A person picker whose answer is a roster person. `people` are the active roster people to choose
   * from (a platform without its own picker lists them: Teams); a platform with its own user picker
   * (Slack's users_select) shows that instead, and its pick is matched to the roster when the form is saved.
   */
  | (InputBase & { kind: "person-input"; people: readonly PersonChoice[]; initial?: PlatformIdentities });

/** A roster person offered by a person picker; `personId` is what the submission carries back. */
export interface PersonChoice {
  personId: number;
  name: string;
}

/** What was wrong with a submission, per input id: shown beside the field, nothing saved. */
export type FormErrors = Readonly<Record<string, string>>;
