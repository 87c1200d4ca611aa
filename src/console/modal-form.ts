/** One input of a modal, as the console asks for it. */
export interface ModalField {
  blockId: string;
  actionId: string;
  label: string;
  type: string;
  optional: boolean;
  options: Array<{ label: string; value: string }>;
  initial?: string;
}

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
    fields.push({
      blockId: String(block.block_id),
      actionId: String(element.action_id),
      label: String((block.label as { text: string }).text),
      type: String(element.type),
      optional: Boolean(block.optional),
      options,
      initial: initialValue(element),
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

/** How the console asks for a field: the label and, for choices, numbered options. */
export function fieldPrompt(field: ModalField): string {
  const hints: string[] = [];
  if (field.options.length) hints.push(field.options.map((option, i) => `${i + 1}=${option.label}`).join(", "));
  if (field.type === "datepicker") hints.push("YYYY-MM-DD");
  if (field.type.startsWith("multi_")) hints.push("several: 1,3");
  if (field.type.includes("users_select")) hints.push("Slack user id, e.g. U0ACME01");
  if (field.initial !== undefined) hints.push(`Enter keeps "${field.initial}"`);
  if (field.optional) hints.push("optional, Enter skips");
  return `${field.label}${hints.length ? ` (${hints.join("; ")})` : ""}: `;
}

/** Turns what was typed into the value object Slack puts in view.state.values. */
export function fieldValue(field: ModalField, typed: string): Record<string, unknown> | undefined {
  const answer = typed.trim() === "" ? field.initial ?? "" : typed.trim();
  const pick = (token: string) => {
    const byNumber = field.options[Number(token) - 1];
    const option = byNumber ?? field.options.find((o) => o.value === token || o.label.toLowerCase() === token.toLowerCase());
    return option ? { text: { type: "plain_text", text: option.label }, value: option.value } : undefined;
  };
  const tokens = answer.split(",").map((token) => token.trim()).filter(Boolean);
  switch (field.type) {
    case "static_select":
    case "radio_buttons":
    case "external_select":
      return { type: field.type, selected_option: answer ? pick(answer) ?? { text: { type: "plain_text", text: answer }, value: answer } : null };
    case "multi_static_select":
    case "checkboxes":
    case "multi_external_select":
      return { type: field.type, selected_options: tokens.map(pick).filter(Boolean) };
    case "datepicker":
      return { type: field.type, selected_date: answer || null };
    case "users_select":
      return { type: field.type, selected_user: answer || null };
    case "multi_users_select":
      return { type: field.type, selected_users: tokens };
    case "conversations_select":
      return { type: field.type, selected_conversation: answer || null };
    case "channels_select":
      return { type: field.type, selected_channel: answer || null };
    default:
      return { type: field.type, value: answer === "" ? null : answer };
  }
}
