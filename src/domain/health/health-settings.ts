import { z } from "zod";

/**
 * The health-score rubric of the playbook (shared/domain.md §1). Every number is a default a team may
 * change in its YAML config; `healthSettingsSchema.parse({})` gives the playbook exactly.
 */

/** A score band: the first band (in listed order) whose `min` the measured value reaches wins. */
const minBand = z.object({ min: z.number(), score: z.number().min(0).max(10) });

const descendingBands = (field: string) =>
  z
    .array(minBand)
    .min(1)
    .refine((bands) => bands.every((band, i) => i === 0 || band.min < bands[i - 1]!.min), {
      message: `${field} must be listed from the highest minimum to the lowest, e.g. [{min: 90, score: 10}, {min: 80, score: 7}]`,
    });

const dimensionKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, "a dimension key is a single word like `innovation` (letters and digits)");

export const CORE_DIMENSIONS = ["stability", "satisfaction", "needsFit", "engagement", "risk"] as const;
export type CoreDimension = (typeof CORE_DIMENSIONS)[number];

const weight = (value: number) => z.number().min(0).max(100).default(value);

const gradeBand = z.object({
  name: z.string().min(1),
  min: z.number().min(0).max(10),
  meaning: z.string(),
  strategy: z.string(),
});

export const healthSettingsSchema = z
  .object({
    /** Percent weights of the five playbook dimensions; together with extra dimensions they must sum to 100. */
    weights: z
      .object({
        stability: weight(30),
        satisfaction: weight(25),
        needsFit: weight(20),
        engagement: weight(15),
        risk: weight(10),
      })
      .prefault({}),
    /** Team-specific dimensions (e.g. "innovation collaboration"), scored by the assessor, weighted like the others. */
    extraDimensions: z
      .array(
        z.object({
          key: dimensionKey.refine((key) => !(CORE_DIMENSIONS as readonly string[]).includes(key), {
            message: `an extra dimension may not reuse a core dimension's key (${CORE_DIMENSIONS.join(", ")})`,
          }),
          label: z.string().min(1),
          weight: z.number().min(0).max(100),
        }),
      )
      .default([]),
    /** The evaluation window: this many full calendar months before the evaluation date. */
    windowMonths: z.number().int().min(1).max(36).default(6),
    /** A satisfaction survey older than this many months is no longer evidence. */
    surveyLookbackMonths: z.number().int().min(1).max(60).default(12),
    /** Below this share of available weight (percent) there is no composite at all, only what to collect. */
    minimumAvailableWeight: z.number().min(0).max(100).default(50),
    stability: z
      .object({
        /** Largest monthly deviation from the window's mean, in percent: at most `maxDeviation` → score. */
        orderFluctuation: z
          .array(z.object({ maxDeviation: z.number().min(0), score: z.number().min(0).max(10) }))
          .min(1)
          .refine((bands) => bands.every((band, i) => i === 0 || band.maxDeviation > bands[i - 1]!.maxDeviation), {
            message: "stability.orderFluctuation must be listed from the smallest deviation to the largest",
          })
          .default([
            { maxDeviation: 10, score: 10 },
            { maxDeviation: 20, score: 7 },
          ]),
        orderFluctuationOtherwise: z.number().min(0).max(10).default(4),
        paymentOnTime: z.number().min(0).max(10).default(10),
        paymentLateToleranceDays: z.number().int().min(0).default(7),
        paymentLateWithinTolerance: z.number().min(0).max(10).default(7),
        paymentLateBeyondTolerance: z.number().min(0).max(10).default(4),
      })
      .prefault({}),
    satisfaction: z
      .object({
        bands: descendingBands("satisfaction.bands").default([
          { min: 90, score: 10 },
          { min: 80, score: 7 },
          { min: 70, score: 4 },
        ]),
        otherwise: z.number().min(0).max(10).default(1),
      })
      .prefault({}),
    needsFit: z
      .object({
        /** The assessor's choices, best first. */
        levels: z
          .array(z.object({ score: z.number().min(0).max(10), label: z.string().min(1) }))
          .min(1)
          .default([
            { score: 10, label: "products fully meet the needs" },
            { score: 7, label: "mostly meet the needs, room to improve" },
            { score: 4, label: "needs partly unmet" },
            { score: 1, label: "needs seriously unmet" },
          ]),
      })
      .prefault({}),
    engagement: z
      .object({
        /** Average interactions per month: at least `min` → score. */
        bands: descendingBands("engagement.bands").default([
          { min: 3, score: 10 },
          { min: 1, score: 7 },
        ]),
        otherwise: z.number().min(0).max(10).default(4),
        proactiveNeedBonus: z.number().min(0).max(10).default(2),
        cap: z.number().min(0).max(10).default(10),
      })
      .prefault({}),
    risk: z
      .object({
        /** Which complaint classes count as complaints; a suggestion is a request, not a dispute. */
        countedClasses: z.array(z.enum(["urgent", "general", "suggestion"])).default(["urgent", "general"]),
        none: z.number().min(0).max(10).default(10),
        oneMinorResolved: z.number().min(0).max(10).default(7),
        oneUnresolvedOrUrgent: z.number().min(0).max(10).default(4),
        several: z.number().min(0).max(10).default(1),
      })
      .prefault({}),
    /** Composite grades, highest first; the last band's min is 0. */
    grades: z
      .array(gradeBand)
      .min(1)
      .refine((bands) => bands.every((band, i) => i === 0 || band.min < bands[i - 1]!.min), {
        message: "grades must be listed from the highest minimum to the lowest",
      })
      .refine((bands) => bands[bands.length - 1]!.min === 0, { message: "the last grade must start at 0" })
      .default([
        {
          name: "excellent",
          min: 9,
          meaning: "solid relationship, deep-cooperation potential",
          strategy: "executive visits, a dedicated service channel, explore new joint scenarios",
        },
        {
          name: "good",
          min: 7,
          meaning: "stable, room to grow",
          strategy: "push industry solutions, faster service response, collect personalised needs",
        },
        {
          name: "fair",
          min: 5,
          meaning: "fluctuating, needs attention",
          strategy: "contact at least monthly, fix open complaints, product training",
        },
        {
          name: "poor",
          min: 0,
          meaning: "high risk, urgent intervention",
          strategy:
            "special team (owner + sales lead + after-sales lead), a 30-day improvement plan, renegotiate terms if needed",
        },
      ]),
    keyProblems: z
      .object({
        /** Dimensions scoring below this are key problems, weakest first. */
        belowScore: z.number().min(0).max(10).default(7),
        max: z.number().int().min(1).default(3),
      })
      .prefault({}),
    /** How many past assessments the trend sparkline shows. */
    trendPoints: z.number().int().min(2).max(50).default(12),
    currencySymbol: z.string().default("¥"),
  })
  .superRefine((settings, ctx) => {
    const parts = [
      ...CORE_DIMENSIONS.map((key) => [key, settings.weights[key]] as const),
      ...settings.extraDimensions.map((extra) => [extra.key, extra.weight] as const),
    ];
    const total = parts.reduce((sum, [, w]) => sum + w, 0);
    if (Math.abs(total - 100) > 1e-9) {
      ctx.addIssue({
        code: "custom",
        path: ["weights"],
        message: `the dimension weights must add up to 100, but ${parts.map(([k, w]) => `${k} ${w}`).join(" + ")} = ${Number(total.toFixed(4))}`,
      });
    }
    const keys = settings.extraDimensions.map((extra) => extra.key);
    const duplicate = keys.find((key, i) => keys.indexOf(key) !== i);
    if (duplicate) {
      ctx.addIssue({ code: "custom", path: ["extraDimensions"], message: `extra dimension \`${duplicate}\` is listed twice` });
    }
  });

export type HealthSettings = z.infer<typeof healthSettingsSchema>;
