// The questionnaire definition as data: zod/mini schemas for its shape, and the TypeScript types derived
// from them. Shape only; the rules that span several fields (ids, references, bands, text keys) live in
// validate.ts. The same schemas produce the published JSON Schema (scripts/json-schema.ts), so editors
// and the engine agree on one definition.
import * as z from 'zod/mini';

// zod compiles object parsers with `new Function` when it may; probing for that alone is reported as a
// violation on pages with a strict Content Security Policy (no 'unsafe-eval'). Validation is fast enough
// without it (see `npm run bench`), so turn it off before any schema is built.
z.config({ jitless: true });

/** An identifier: letters, digits, `_` and `-`, starting with a letter or digit. */
export const Id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/));
/** A key into the questionnaire's (or provider profile's) `texts`: i18next resources, `.` separates levels. */
export const TextKey = z.string().check(z.regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/));
const Weight = z.number().check(z.positive(), z.maximum(1000));
/** A question's weight may be 0: answered and used by conditions and indices, adding nothing to its dimension. */
const QuestionWeight = z.number().check(z.minimum(0), z.maximum(1000));
const UnitScore = z.number().check(z.minimum(0), z.maximum(1));
const Percent = z.number().check(z.minimum(0), z.maximum(100));
const IdOrIds = z.union([Id, z.array(Id).check(z.minLength(1))]);

/** Named groups of countries a condition can test a country answer against. */
export const CountryGroup = z.enum(['eu', 'eea']);

/** Compares an answer: a number for number questions, an option id for ordered choice questions. */
const Bound = z.union([z.number(), Id]);

export const QuestionTest = z.strictObject({
  question: Id,
  equals: z.optional(z.union([Id, z.number()])),
  in: z.optional(z.array(Id).check(z.minLength(1))),
  includes: z.optional(IdOrIds),
  atLeast: z.optional(Bound),
  atMost: z.optional(Bound),
  answered: z.optional(z.boolean()),
  /** Country questions: a country of the group was chosen (for several countries, at least one). */
  inGroup: z.optional(CountryGroup),
  /** Country questions: a country outside the group was chosen (for several countries, at least one). */
  outsideGroup: z.optional(CountryGroup),
});

export const ScoreTarget = z.union([
  z.literal('overall'),
  z.strictObject({ dimension: Id }),
  z.strictObject({ area: Id }),
]);

export const ScoreTest = z.strictObject({
  score: ScoreTarget,
  atLeast: z.optional(Percent),
  atMost: z.optional(Percent),
});

export const ProfileTest = z.strictObject({ profile: IdOrIds });
export const StageTest = z.strictObject({ stage: IdOrIds });
export const IndexTest = z.strictObject({
  index: Id,
  atLeast: z.optional(z.number().check(z.minimum(0))),
  atMost: z.optional(z.number().check(z.minimum(0))),
});

export interface AllCondition {
  all: Condition[];
}
export interface AnyCondition {
  any: Condition[];
}
export interface NotCondition {
  not: Condition;
}
export type QuestionCondition = z.infer<typeof QuestionTest>;
export type ScoreCondition = z.infer<typeof ScoreTest>;
export type ProfileCondition = z.infer<typeof ProfileTest>;
export type StageCondition = z.infer<typeof StageTest>;
export type IndexCondition = z.infer<typeof IndexTest>;
/** A condition is data: combinators over tests of answers, scores, the profile, the stage and indices. */
export type Condition =
  | AllCondition
  | AnyCondition
  | NotCondition
  | QuestionCondition
  | ScoreCondition
  | ProfileCondition
  | StageCondition
  | IndexCondition;

export const ConditionSchema: z.ZodMiniType<Condition> = z.union([
  z.strictObject({
    get all() {
      return z.array(ConditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get any() {
      return z.array(ConditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get not() {
      return ConditionSchema;
    },
  }),
  QuestionTest,
  ScoreTest,
  ProfileTest,
  StageTest,
  IndexTest,
]);

export const OptionSchema = z.strictObject({
  id: Id,
  label: TextKey,
  /** 0–1; `null` for answers left out of the score ("don't know", "not applicable"). */
  score: z.optional(z.nullable(UnitScore)),
  /** Multi-choice only: choosing it clears every other option ("none of these"). */
  exclusive: z.optional(z.boolean()),
});

export const RangeSchema = z.strictObject({
  /** Inclusive lower bound; absent means no lower bound. */
  min: z.optional(z.number()),
  /** Exclusive upper bound; absent means no upper bound. */
  max: z.optional(z.number()),
  score: UnitScore,
});

/** `country`: the answer is an ISO 3166-1 alpha-2 code (upper case); never scored, no options. */
export const QuestionType = z.enum(['single', 'multi', 'scale', 'boolean', 'number', 'country']);

export const QuestionSchema = z.strictObject({
  id: Id,
  /** The dimension it scores; absent for context questions (asked first, never scored). */
  dimension: z.optional(Id),
  type: QuestionType,
  title: TextKey,
  help: z.optional(TextKey),
  weight: z.optional(QuestionWeight),
  options: z.optional(z.array(OptionSchema)),
  /** Number questions: accepted bounds, step, unit text key and the value ranges that score. */
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  step: z.optional(z.number().check(z.positive())),
  unit: z.optional(TextKey),
  ranges: z.optional(z.array(RangeSchema)),
  /** Single-choice questions: `dropdown` shows the options in a drop-down list instead of radios. */
  display: z.optional(z.enum(['dropdown'])),
  /** Country questions: the ISO 3166-1 alpha-2 codes to choose from; absent means every country. */
  countries: z.optional(z.array(z.string()).check(z.minLength(1))),
  /** Country questions: how many countries may be chosen (default 1); above 1 the answer is a list. */
  maxChoices: z.optional(z.int().check(z.minimum(1), z.maximum(10))),
  visibleIf: z.optional(ConditionSchema),
});

export const AreaSchema = z.strictObject({
  id: Id,
  title: TextKey,
  description: z.optional(TextKey),
  weight: z.optional(Weight),
});

export const DimensionSchema = z.strictObject({
  id: Id,
  area: Id,
  title: TextKey,
  /** A short label for tight places such as the radar's axes. */
  shortTitle: z.optional(TextKey),
  description: z.optional(TextKey),
  weight: z.optional(Weight),
});

export const LevelSchema = z.strictObject({
  id: Id,
  label: TextKey,
  description: z.optional(TextKey),
  /** Inclusive lower bound, 0–100. */
  min: Percent,
  /** Exclusive upper bound, 0–100; the band ending at 100 includes 100. */
  max: Percent,
});

export const ProfileSchema = z.strictObject({
  id: Id,
  label: TextKey,
  description: z.optional(TextKey),
  /** The first profile whose condition holds (or that has none) is the firm's profile. */
  when: z.optional(ConditionSchema),
});

export const IndexSchema = z.strictObject({
  id: Id,
  title: TextKey,
  description: z.optional(TextKey),
  /** One point per item whose condition holds. */
  items: z.array(z.strictObject({ id: Id, label: TextKey, when: ConditionSchema })).check(z.minLength(1)),
  /** Bands over points, both bounds inclusive, covering 0 to the number of items. */
  levels: z
    .array(
      z.strictObject({
        id: Id,
        label: TextKey,
        min: z.int().check(z.minimum(0)),
        max: z.int().check(z.minimum(0)),
      }),
    )
    .check(z.minLength(1)),
});

export const ActionSchema = z.strictObject({
  label: TextKey,
  /** Only `https:`, `http:` and `mailto:` URLs are accepted. */
  url: z.optional(z.string().check(z.maxLength(2000))),
});

export const Priority = z.enum(['high', 'medium', 'low']);

export const RecommendationSchema = z.strictObject({
  id: Id,
  dimension: Id,
  /** Profiles it is for; absent means every profile. */
  profiles: z.optional(z.array(Id).check(z.minLength(1))),
  stages: z.optional(z.array(Id).check(z.minLength(1))),
  /** Levels of its dimension's score it is for; absent means any scored level. */
  levels: z.optional(z.array(Id).check(z.minLength(1))),
  when: z.optional(ConditionSchema),
  /**
   * Steps that come first by logic (decide before planning, plan before entering): chosen steps with
   * an `order` come before all others, lowest first; then by priority, then by the gap in the dimension.
   */
  order: z.optional(z.int().check(z.minimum(1), z.maximum(999))),
  priority: Priority,
  title: TextKey,
  body: TextKey,
  actions: z.optional(z.array(ActionSchema)),
});

/** i18next resources for one locale: nested objects of strings. */
export interface TextResource {
  [key: string]: string | TextResource;
}
export const TextResourceSchema: z.ZodMiniType<TextResource> = z.record(
  z.string(),
  z.union([z.string(), z.lazy(() => TextResourceSchema)]),
);

export const QuestionnaireSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: Id,
  version: z.string().check(z.minLength(1), z.maxLength(64)),
  title: TextKey,
  description: z.optional(TextKey),
  /** What the intro screen states as the time needed. */
  estimatedMinutes: z.optional(z.number().check(z.positive())),
  defaultLocale: z.string().check(z.minLength(2)),
  locales: z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
  texts: z.record(z.string(), TextResourceSchema),
  areas: z.array(AreaSchema).check(z.minLength(1)),
  dimensions: z.array(DimensionSchema).check(z.minLength(1)),
  questions: z.array(QuestionSchema).check(z.minLength(1)),
  profiles: z.optional(z.array(ProfileSchema)),
  stages: z.optional(z.array(ProfileSchema)),
  levels: z.array(LevelSchema).check(z.minLength(1)),
  indices: z.optional(z.array(IndexSchema)),
  recommendations: z.optional(z.array(RecommendationSchema)),
});

export type Questionnaire = z.infer<typeof QuestionnaireSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionTypeName = z.infer<typeof QuestionType>;
export type Option = z.infer<typeof OptionSchema>;
export type Area = z.infer<typeof AreaSchema>;
export type Dimension = z.infer<typeof DimensionSchema>;
export type Level = z.infer<typeof LevelSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type Index = z.infer<typeof IndexSchema>;
export type Recommendation = z.infer<typeof RecommendationSchema>;
export type CountryGroupName = z.infer<typeof CountryGroup>;
export type PriorityName = z.infer<typeof Priority>;

/**
 * One answer: an option id (single, scale, boolean), option ids (multi), a number or an option id
 * (number), an ISO 3166-1 alpha-2 code (country), or a list of such codes (country with `maxChoices` > 1).
 */
export type Answer = string | string[] | number;
/** Answers by question id. */
export type Answers = Record<string, Answer>;
