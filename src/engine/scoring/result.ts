// What score() returns, defined once: a zod/mini schema (used where a result comes back from outside,
// such as an opened file) and the TypeScript types inferred from it. Keys and numbers only; the
// components turn them into words. score.ts imports only the types, so scoring never loads zod.
import * as z from 'zod/mini';
import { Priority } from '../model/schema.js';

/** 0–100, rounded to a whole number; null when nothing that counts was answered. */
const Score = z.nullable(z.number().check(z.minimum(0), z.maximum(100)));
const LevelId = z.nullable(z.string());

export const DimensionResultSchema = z.object({
  id: z.string(),
  area: z.string(),
  score: Score,
  level: LevelId,
  /** Visible questions with any valid answer, "don't know" included. */
  answered: z.int(),
  /** Visible questions whose answer counts in the score. */
  counted: z.int(),
  visible: z.int(),
});

export const AreaResultSchema = z.object({ id: z.string(), score: Score, level: LevelId });

export const IndexResultSchema = z.object({
  id: z.string(),
  /** Items whose condition holds. */
  points: z.int(),
  max: z.int(),
  level: LevelId,
});

export const RecommendationResultSchema = z.object({
  id: z.string(),
  dimension: z.string(),
  area: z.string(),
  priority: Priority,
  /** What chose it: the dimension's score and level at the time. */
  reason: z.object({ dimension: z.string(), score: Score, level: LevelId }),
});

export const ResultSchema = z.object({
  questionnaire: z.object({ id: z.string(), version: z.string() }),
  overall: z.object({ score: Score, level: LevelId }),
  areas: z.array(AreaResultSchema),
  dimensions: z.array(DimensionResultSchema),
  completeness: z.object({ answered: z.int(), visible: z.int(), ratio: z.number() }),
  /** Visible questions answered with an option left out of the score ("don't know", "not applicable"). */
  unknown: z.array(z.string()),
  profile: z.nullable(z.string()),
  stage: z.nullable(z.string()),
  indices: z.array(IndexResultSchema),
  recommendations: z.array(RecommendationResultSchema),
});

export type Result = z.infer<typeof ResultSchema>;
export type DimensionResult = z.infer<typeof DimensionResultSchema>;
export type AreaResult = z.infer<typeof AreaResultSchema>;
export type IndexResult = z.infer<typeof IndexResultSchema>;
export type RecommendationResult = z.infer<typeof RecommendationResultSchema>;
