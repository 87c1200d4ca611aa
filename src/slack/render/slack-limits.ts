/** Slack's documented limits (Block Kit reference); the renderer clips to them so Slack never refuses a message. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3_000,
  fieldText: 2_000,
  fieldsPerSection: 10,
  headerText: 150,
  buttonText: 75,
  optionText: 75,
  optionsPerSelect: 100,
  actionId: 255,
  blockId: 255,
  buttonValue: 2_000,
  elementsPerActions: 25,
  contextElements: 10,
  viewTitle: 24,
  viewSubmit: 24,
  inputLabel: 2_000,
  messageText: 40_000,
} as const;

