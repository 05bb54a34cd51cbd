/**
 * Rules that span several entries (beyond single references), e.g. an action's goal belongs to the
 * same plan. Each rule returns problems; the validator runs them all.
 */
import type { Problem } from './content-files.ts';
import type { ValidatedContent } from './content-validation.ts';

export type CrossEntryRule = (entries: ValidatedContent['entries']) => Problem[];

export const crossEntryRules: CrossEntryRule[] = [];
