/** The score of the first band whose minimum the value reaches (bands listed highest first), else `otherwise`. */
export function bandScore(value: number, bands: ReadonlyArray<{ min: number; score: number }>, otherwise: number): number {
  return bands.find((band) => value >= band.min)?.score ?? otherwise;
}
