import { z } from "zod";

// The shapes of what Slack sends and Steward handles: every field Bolt's routing or a Steward listener
// reads, with its type. Everything else may be there (Slack adds fields) and is passed through untouched.

const id = z.string().min(1).max(255);
const text = z.string().max(200_000);
const user = z.looseObject({ id });
const optionValue = z.looseObject({ value: z.string().max(2_000) });

// What each input of a submitted modal holds, by the kind of element: the listeners read these as such.
const inputState = z.looseObject({
  type: z.string().max(255),
  value: z.string().nullable().optional(),
  selected_option: optionValue.nullable().optional(),
  selected_options: z.array(optionValue).optional(),
  selected_date: z.string().nullable().optional(),
  selected_user: z.string().nullable().optional(),
  selected_users: z.array(z.string()).optional(),
  selected_conversation: z.string().nullable().optional(),
  selected_channel: z.string().nullable().optional(),
});
const stateValues = z.record(z.string(), z.record(z.string(), inputState));
const view = z.looseObject({
  id,
  type: z.string().optional(),
  callback_id: z.string().max(255).optional(),
  private_metadata: z.string().max(3_000).optional(),
  state: z.looseObject({ values: stateValues }).optional(),
});

const action = z.looseObject({
  action_id: id,
  type: z.string().max(255),
  block_id: z.string().max(255).optional(),
  value: z.string().max(2_000).optional(),
  selected_option: optionValue.nullable().optional(),
  selected_options: z.array(optionValue).optional(),
});

const blockActionsPayload = z.looseObject({
  type: z.literal("block_actions"),
  user,
  actions: z.array(action).min(1).max(25),
  trigger_id: id.optional(),
  response_url: z.url().optional(),
  container: z.looseObject({ type: z.string() }).optional(),
  channel: z.looseObject({ id }).optional(),
  message: z.looseObject({ ts: id }).optional(),
  view: view.optional(),
});

const viewSubmissionPayload = z.looseObject({
  type: z.literal("view_submission"),
  user,
  trigger_id: id.optional(),
  view: view.extend({ callback_id: z.string().max(255), private_metadata: z.string().max(3_000), state: z.looseObject({ values: stateValues }) }),
});

const viewClosedPayload = z.looseObject({ type: z.literal("view_closed"), user, view });

const messageActionPayload = z.looseObject({
  type: z.literal("message_action"),
  callback_id: id,
  user,
  trigger_id: id,
  channel: z.looseObject({ id }),
  message: z.looseObject({ ts: id, text: text.optional(), user: id.optional() }),
  response_url: z.url().optional(),
});

const shortcutPayload = z.looseObject({ type: z.literal("shortcut"), callback_id: id, user, trigger_id: id });

const blockSuggestionPayload = z.looseObject({ type: z.literal("block_suggestion"), user, action_id: id, value: z.string().max(2_000) });

// The `payload` field of an interaction (form-encoded JSON).
const interactionPayload = z.discriminatedUnion("type", [
  blockActionsPayload,
  viewSubmissionPayload,
  viewClosedPayload,
  messageActionPayload,
  shortcutPayload,
  blockSuggestionPayload,
]);

// A slash command (form fields). Query strings repeat keys as arrays: each field must be one string.
const slashCommand = z.looseObject({
  command: z.string().regex(/^\/[\w-]{1,31}$/),
  text: z.string(),
  user_id: id,
  channel_id: id,
  team_id: id.optional(),
  response_url: z.url(),
  trigger_id: id,
});

const sslCheck = z.looseObject({ ssl_check: z.literal("1") });

const event = z.looseObject({
  type: id,
  user: z.union([id, user]).optional(),
  channel: id.optional(),
  ts: id.optional(),
  thread_ts: id.optional(),
  text: text.optional(),
  subtype: z.string().max(255).optional(),
  tab: z.string().max(255).optional(),
});

// An Events API body (JSON).
const eventsBody = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("event_callback"), event_id: id, team_id: id.optional(), event }),
  z.looseObject({ type: z.literal("url_verification"), challenge: z.string().max(255) }),
  z.looseObject({ type: z.literal("app_rate_limited") }),
]);

/** What Slack may send Steward, by how it arrives: interactions, slash commands, SSL checks, Events API bodies. */
export const slackPayloadSchemas = { interaction: interactionPayload, command: slashCommand, sslCheck, events: eventsBody };
