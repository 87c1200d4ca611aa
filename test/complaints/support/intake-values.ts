/** The view.state.values Slack sends for the intake modal. */
export function intakeValues(fields: {
  customer: string;
  class?: string;
  category?: string;
  description: string;
  source?: string;
  lead?: number;
  cooperating?: number[];
}): Record<string, Record<string, unknown>> {
  const select = (value: string | undefined) => ({ value: { type: "static_select", selected_option: value ? { value } : null } });
  return {
    customer: { value: { type: "plain_text_input", value: fields.customer } },
    class: select(fields.class),
    category: select(fields.category),
    description: { value: { type: "plain_text_input", value: fields.description } },
    source: select(fields.source),
    lead: select(fields.lead === undefined ? undefined : String(fields.lead)),
    cooperating: { value: { type: "multi_static_select", selected_options: (fields.cooperating ?? []).map((id) => ({ value: String(id) })) } },
  };
}
