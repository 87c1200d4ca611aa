type Element = Record<string, unknown>;

/** The inputs of an Adaptive Card (a Teams dialog, or a form shown in a card), in order. */
function cardInputs(card: unknown): Element[] {
  const inputs: Element[] = [];
  const walk = (element: Element) => {
    if (String(element.type ?? "").startsWith("Input.")) inputs.push(element);
    for (const child of ((element.body ?? element.items ?? []) as Element[])) walk(child);
  };
  walk(card as Element);
  return inputs;
}

/**
 * Fills a card's inputs as the console's Slack modal form does: one question per input, choices by
 * number (several with commas), Enter keeps the value shown or leaves an optional input empty. Returns
 * the values as Teams sends them (`id → text`, a multi-select as "a,b"), or null when the input ended.
 * Teams itself checks required inputs before sending; Steward checks everything again on submit.
 */
export async function askCardInputs(card: unknown, ask: (prompt: string) => Promise<string | null>, print: (text: string) => void): Promise<Record<string, string> | null> {
  const values: Record<string, string> = {};
  for (const input of cardInputs(card)) {
    const id = String(input.id);
    const label = String(input.label ?? input.placeholder ?? id);
    const initial = input.value === undefined ? "" : String(input.value);
    const choices = (input.choices ?? []) as { title: string; value: string }[];
    if (choices.length) choices.forEach((choice, i) => print(`    ${i + 1}. ${choice.title}`));
    for (;;) {
      const shown = initial ? ` [${initial}]` : input.isRequired ? "" : " (optional)";
      const typed = await ask(`  ${label}${choices.length ? input.isMultiSelect ? " (numbers, commas)" : " (number)" : ""}${shown}: `);
      if (typed === null) return null;
      const text = typed.trim() || initial;
      if (!text && input.isRequired) {
        print(`    ${String(input.errorMessage ?? `${label} is required`)}`);
        continue;
      }
      if (!choices.length || !text) {
        values[id] = text;
        break;
      }
      const picked = text.split(",").map((part) => choices[Number(part.trim()) - 1]?.value ?? choices.find((c) => c.value === part.trim())?.value);
      if (picked.some((value) => value === undefined) || (!input.isMultiSelect && picked.length > 1)) {
        print(`    Choose ${input.isMultiSelect ? "numbers" : "a number"} from 1 to ${choices.length}.`);
        continue;
      }
      values[id] = picked.join(",");
      break;
    }
  }
  return values;
}
