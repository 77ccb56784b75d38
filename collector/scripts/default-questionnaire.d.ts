// Declares the default questionnaire for the .d.ts build (tsconfig.build.json), where the engine's
// sources are not on hand; the JavaScript build inlines the real one.
import type { Questionnaire } from 'sme-readiness/engine';

export declare const defaultQuestionnaire: Questionnaire;
