export interface CardButton {
  number: number;
  title: string;
  verb: string;
  data: unknown;
}

/**
 * An Adaptive Card as the console prints it: each TextBlock a paragraph (markdown marks and Teams'
 * zero-width escapes removed, `<at>Name</at>` as @Name, links as `label <url>`, the date and time
 * functions Teams fills in for each reader as the instant in UTC), facts as
 * `label: value`, choices listed, and every Action.Execute as a numbered button to press.
 */
export function renderCardLines(card: unknown, firstNumber: number): { lines: string[]; buttons: CardButton[] } {
  const lines: string[] = [];
  const buttons: CardButton[] = [];
  const text = (value: string) =>
    value
      .replace(/\u200b/g, "")
      .replace(/<at>([^<]*)<\/at>/g, "@$1")
      .replace(/\[([^\]]*)\]\((https?:[^)]+)\)/g, "$1 <$2>")
      .replace(/\*\*([^*]+)\*\*/g, "$1")
      .replace(/\{\{DATE\(([^,)]+)(?:, *\w+)?\)\}\} \{\{TIME\(([^)]+)\)\}\}/g, (_, at: string) => `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`);
  const walk = (element: Record<string, unknown>) => {
    switch (element.type) {
      case "TextBlock":
        for (const line of text(String(element.text ?? "")).split("\n")) lines.push(line);
        return;
      case "FactSet":
        for (const fact of (element.facts ?? []) as { title: string; value: string }[]) lines.push(`${text(fact.title)}: ${text(fact.value)}`);
        return;
      case "Input.ChoiceSet":
        lines.push(`(${String(element.placeholder ?? "choose")}: ${((element.choices ?? []) as { title: string }[]).map((c) => c.title).join(" | ")})`);
        return;
      case "ActionSet": {
        const row: string[] = [];
        for (const action of (element.actions ?? []) as Record<string, unknown>[]) {
          const button = { number: firstNumber + buttons.length, title: String(action.title ?? ""), verb: String(action.verb ?? ""), data: action.data };
          buttons.push(button);
          row.push(`[${button.number}] ${button.title}`);
        }
        lines.push(row.join("  "));
        return;
      }
      default:
        for (const child of ((element.body ?? element.items ?? []) as Record<string, unknown>[])) walk(child);
    }
  };
  walk(card as Record<string, unknown>);
  return { lines, buttons };
}
