/** A button shown in the console: typing its number presses it. */
export interface RenderedButton {
  actionId: string;
  value?: string;
  blockId?: string;
  label: string;
}

export interface Rendered {
  lines: string[];
  buttons: RenderedButton[];
}

interface Names {
  user(id: string): string | undefined;
  channel(id: string): string | undefined;
}

type Block = Record<string, unknown> & { type: string };
type TextObject = { type?: string; text?: string } | undefined;

/**
 * Block Kit as readable terminal text: headers underlined, sections and fields as lines,
 * context dimmed with a bar, buttons numbered from `firstNumber` (`[3] Acknowledge`).
 */
export function renderBlocks(blocks: unknown[] | undefined, fallbackText: string | undefined, names: Names, firstNumber: number): Rendered {
  const lines: string[] = [];
  const buttons: RenderedButton[] = [];
  const text = (object: TextObject) => mrkdwn(object?.text ?? "", names);
  const addButton = (element: Record<string, unknown>, blockId: string | undefined) => {
    const label = text(element.text as TextObject);
    buttons.push({ actionId: String(element.action_id), value: element.value as string | undefined, blockId, label });
    return `[${firstNumber + buttons.length - 1}] ${label}`;
  };
  if (!blocks?.length) return { lines: fallbackText ? mrkdwn(fallbackText, names).split("\n") : [], buttons };

  for (const raw of blocks as Block[]) {
    const blockId = raw.block_id as string | undefined;
    switch (raw.type) {
      case "header": {
        const title = text(raw.text as TextObject);
        lines.push(title, "═".repeat(Math.min(title.length, 72)));
        break;
      }
      case "section": {
        if (raw.text) lines.push(...text(raw.text as TextObject).split("\n"));
        for (const field of (raw.fields as TextObject[] | undefined) ?? []) lines.push(`  ${text(field).replace(/\n/g, " ")}`);
        const accessory = raw.accessory as Record<string, unknown> | undefined;
        if (accessory?.type === "button") lines.push(`  ${addButton(accessory, blockId)}`);
        break;
      }
      case "context":
        lines.push(`  │ ${((raw.elements as TextObject[]) ?? []).map((element) => text(element)).join("  ·  ")}`);
        break;
      case "divider":
        lines.push("─".repeat(40));
        break;
      case "actions": {
        const shown = ((raw.elements as Array<Record<string, unknown>>) ?? []).map((element) =>
          element.type === "button" ? addButton(element, blockId) : renderChoice(element, blockId, buttons, firstNumber, names),
        );
        lines.push(`  ${shown.join("   ")}`);
        break;
      }
      case "rich_text":
        lines.push(JSON.stringify(raw.elements));
        break;
      case "image":
        lines.push(`  [image: ${String(raw.alt_text ?? "")}]`);
        break;
      default:
        break;
    }
  }
  return { lines, buttons };
}

/** A select menu in a message: each option becomes its own numbered choice. */
function renderChoice(element: Record<string, unknown>, blockId: string | undefined, buttons: RenderedButton[], firstNumber: number, names: Names): string {
  const options = (element.options as Array<{ text: TextObject; value: string }> | undefined) ?? [];
  return options
    .map((option) => {
      const label = mrkdwn(option.text?.text ?? option.value, names);
      buttons.push({ actionId: String(element.action_id), value: option.value, blockId, label });
      return `[${firstNumber + buttons.length - 1}] ${label}`;
    })
    .join("  ");
}

/** Slack's mrkdwn as plain text: links, user and channel mentions resolved, emphasis kept readable. */
export function mrkdwn(text: string, names: Names): string {
  return text
    .replace(/<@([UW][A-Z0-9]+)(\|[^>]*)?>/g, (_m, id: string) => `@${names.user(id) ?? id}`)
    .replace(/<#([CGD][A-Z0-9]+)(\|([^>]*))?>/g, (_m, id: string, _l, label?: string) => `#${label || names.channel(id) || id}`)
    .replace(/<!(here|channel|everyone)>/g, "@$1")
    // Slack renders dates in the reader's zone; the console shows the fallback text.
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, "$1")
    .replace(/<!date\^[^>]*>/g, "")
    .replace(/<([^|>]+)\|([^>]+)>/g, "$2 ($1)")
    .replace(/<([^>]+)>/g, "$1")
    // Emphasis markers read as noise in a terminal; the words stay.
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=$|[\s).,:;!?])/g, "$1$2")
    .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s).,:;!?])/g, "$1$2")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
