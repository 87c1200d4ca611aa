import { describeBadIsoDate } from "../domain/calendar/describe-bad-iso-date.js";

/** One input of a modal, as the console asks for it. */
export interface ModalField {
  blockId: string;
  actionId: string;
  label: string;
  type: string;
  optional: boolean;
  options: Array<{ label: string; value: string }>;
  initial?: string;
  /** A multi-line text input: the console reads lines until an empty one. */
  multiline: boolean;
  maxLength?: number;
  /** number_input bounds and whether decimals are allowed, as Slack's client enforces them. */
  number?: { min?: number; max?: number; decimal: boolean };
}

/** A person typed into a people field: their Slack id, or why nobody could be chosen. */
export type PersonLookup = (typed: string) => { id: string } | { problem: string };

export type FieldAnswer = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

type Block = Record<string, unknown>;
type Element = Record<string, unknown>;

/** The input blocks of a modal view, in order. */
export function modalFields(view: Record<string, unknown>): ModalField[] {
  const fields: ModalField[] = [];
  for (const block of (view.blocks as Block[] | undefined) ?? []) {
    if (block.type !== "input") continue;
    const element = block.element as Element;
    const options = ((element.options as Array<{ text: { text: string }; value: string }> | undefined) ?? []).map((option) => ({
      label: option.text.text,
      value: option.value,
    }));
    const bound = (key: string) => (typeof element[key] === "string" ? Number(element[key]) : undefined);
    fields.push({
      blockId: String(block.block_id),
      actionId: String(element.action_id),
      label: String((block.label as { text: string }).text),
      type: String(element.type),
      optional: Boolean(block.optional),
      options,
      initial: initialValue(element),
      multiline: element.multiline === true,
      maxLength: typeof element.max_length === "number" ? element.max_length : undefined,
      number: element.type === "number_input" ? { min: bound("min_value"), max: bound("max_value"), decimal: element.is_decimal_allowed === true } : undefined,
    });
  }
  return fields;
}

function initialValue(element: Element): string | undefined {
  if (typeof element.initial_value === "string") return element.initial_value;
  if (typeof element.initial_date === "string") return element.initial_date;
  if (typeof element.initial_user === "string") return element.initial_user;
  const option = element.initial_option as { value: string } | undefined;
  if (option) return option.value;
  const options = element.initial_options as Array<{ value: string }> | undefined;
  return options?.map((o) => o.value).join(",");
}

const isChoice = (field: ModalField) => field.options.length > 0;
const isMultiple = (field: ModalField) => field.type.startsWith("multi_") || field.type === "checkboxes";

/** How the console asks for a field: the label, what to type, and for choices the numbered options. */
export function fieldPrompt(field: ModalField): string {
  const hints = fieldHints(field);
  if (field.initial !== undefined) hints.push(`Enter keeps "${field.initial}"`);
  if (field.optional) hints.push("optional, Enter skips");
  return `${field.label}${hints.length ? ` (${hints.join("; ")})` : ""}: `;
}

/** What to type into a field. */
function fieldHints(field: ModalField): string[] {
  const hints: string[] = [];
  if (isChoice(field)) {
    const list = field.options.map((option, i) => `${i + 1}=${option.label}`).join(", ");
    hints.push(isMultiple(field) ? `type numbers or names separated by commas, e.g. 1,3: ${list}` : `type a number or a name: ${list}`);
  }
  if (field.type === "datepicker") hints.push("YYYY-MM-DD, e.g. 2026-12-31");
  if (field.type.includes("users_select")) hints.push(`a name, an @mention or a Slack id${field.type.startsWith("multi_") ? ", separated by commas" : ""}`);
  if (field.number) hints.push(numberHint(field.number));
  if (field.multiline) hints.push("several lines; an empty line ends");
  return hints;
}

function numberHint(bounds: NonNullable<ModalField["number"]>): string {
  const range = bounds.min !== undefined && bounds.max !== undefined ? ` from ${bounds.min} to ${bounds.max}` : "";
  return `a ${bounds.decimal ? "number" : "whole number"}${range}, e.g. ${bounds.decimal ? "8.5" : "8"}`;
}

/**
 * Checks what was typed for one field, as Slack's client would refuse it (a date not in the calendar, an
 * option that does not exist, a number out of range) or as the console must (a person nobody is called),
 * and turns it into the value object Slack puts in `view.state.values`. Nothing is dropped silently: an
 * unknown or repeated choice is refused with what to type instead.
 */
export function answerField(field: ModalField, typed: string, findPerson: PersonLookup): FieldAnswer {
  const answer = typed.trim() === "" ? field.initial ?? "" : typed.trim();
  const value = (object: Record<string, unknown>): FieldAnswer => ({ ok: true, value: { type: field.type, ...object } });
  if (answer === "") {
    if (!field.optional) return { ok: false, message: ["This field is required", ...fieldHints(field)].join("; ") + "." };
    return value(emptyValue(field));
  }
  if (field.maxLength !== undefined && answer.length > field.maxLength) {
    return { ok: false, message: `That is ${answer.length.toLocaleString("en")} characters; at most ${field.maxLength.toLocaleString("en")} fit.` };
  }
  const tokens = answer.split(",").map((token) => token.trim()).filter(Boolean);
  if (isChoice(field)) {
    const picked: Array<{ label: string; value: string }> = [];
    for (const token of isMultiple(field) ? tokens : [answer]) {
      const option = field.options[Number(token) - 1] ?? field.options.find((o) => o.value === token || o.label.toLowerCase() === token.toLowerCase());
      if (!option) return { ok: false, message: `"${token}" is not one of the choices: type ${choiceExample(field)}.` };
      if (picked.includes(option)) return { ok: false, message: `${option.label} is chosen twice: name each choice once.` };
      picked.push(option);
    }
    const options = picked.map((option) => ({ text: { type: "plain_text", text: option.label }, value: option.value }));
    return value(isMultiple(field) ? { selected_options: options } : { selected_option: options[0] });
  }
  switch (field.type) {
    case "datepicker": {
      const problem = describeBadIsoDate(answer);
      return problem ? { ok: false, message: problem } : value({ selected_date: answer });
    }
    case "number_input": {
      const bounds = field.number!;
      const number = Number(answer);
      const wellFormed = bounds.decimal ? /^-?\d+(\.\d+)?$/.test(answer) : /^-?\d+$/.test(answer);
      if (!wellFormed || (bounds.min !== undefined && number < bounds.min) || (bounds.max !== undefined && number > bounds.max)) {
        return { ok: false, message: `"${answer}" is not ${numberHint(bounds)}.` };
      }
      return value({ value: answer });
    }
    case "users_select":
    case "multi_users_select": {
      const ids: string[] = [];
      for (const token of field.type === "users_select" ? [answer] : tokens) {
        const found = findPerson(token);
        if ("problem" in found) return { ok: false, message: found.problem };
        if (ids.includes(found.id)) return { ok: false, message: `${token} is named twice: name each person once.` };
        ids.push(found.id);
      }
      return value(field.type === "users_select" ? { selected_user: ids[0] } : { selected_users: ids });
    }
    case "conversations_select":
      return value({ selected_conversation: answer });
    case "channels_select":
      return value({ selected_channel: answer });
    default:
      return value({ value: answer });
  }
}

/** What Slack sends for an input left empty. */
export function emptyValue(field: ModalField): Record<string, unknown> {
  if (isChoice(field)) return isMultiple(field) ? { selected_options: [] } : { selected_option: null };
  switch (field.type) {
    case "datepicker":
      return { selected_date: null };
    case "users_select":
      return { selected_user: null };
    case "multi_users_select":
      return { selected_users: [] };
    case "conversations_select":
      return { selected_conversation: null };
    case "channels_select":
      return { selected_channel: null };
    default:
      return { value: null };
  }
}

function choiceExample(field: ModalField): string {
  const count = field.options.length;
  const numbers = count === 1 ? "1" : `a number from 1 to ${count}`;
  return `${numbers} or a name such as "${field.options[0]!.label}"${isMultiple(field) ? ", several separated by commas" : ""}`;
}
