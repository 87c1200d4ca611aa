import type { IconName } from "../../domain/messages/message.js";

/** Teams has no `:shortcode:` emoji in cards: each icon is its Unicode character. */
export const ICON_CHARACTERS: Readonly<Record<IconName, string>> = {
  red_circle: "\u{1F534}",
  large_orange_circle: "\u{1F7E0}",
  white_circle: "\u26AA",
  stopwatch: "\u23F1\uFE0F",
  warning: "\u26A0\uFE0F",
  rotating_light: "\u{1F6A8}",
  white_check_mark: "\u2705",
  bell: "\u{1F514}",
  calendar: "\u{1F4C5}",
  birthday: "\u{1F382}",
  tada: "\u{1F389}",
  chart_with_downwards_trend: "\u{1F4C9}",
  chart_with_upwards_trend: "\u{1F4C8}",
  bar_chart: "\u{1F4CA}",
  busts_in_silhouette: "\u{1F465}",
  hourglass: "\u231B",
  memo: "\u{1F4DD}",
  pushpin: "\u{1F4CC}",
  no_entry: "\u26D4",
  information_source: "\u2139\uFE0F",
};
