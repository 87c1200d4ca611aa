const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `HH:mm` (24-hour) → minutes since midnight; throws on anything else. */
export function parseTimeOfDay(time: string): number {
  const match = TIME_OF_DAY.exec(time);
  if (!match) throw new RangeError(`not a time of day in the form HH:mm (e.g. 09:00): "${time}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}
