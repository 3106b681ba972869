/**
 * The zod schema of the estimate file's optional `quick` block: the Quick estimate's answers
 * (src/quick/types.ts) and the fingerprint of the lines it last wrote. Shape only, as for the
 * rest of the file: answers are text as typed ("12", "", "twelve"), and the guided build says
 * beside the question when one is not a number, so a half-typed answer saves and reopens.
 */
import type { QuickState } from './quickTypes';
import * as z from '../zodMini';

const text = z.string();
const unknowable = <T extends z.core.util.Literal>(...values: T[]) =>
  z.union([...values.map((v) => z.literal(v)), z.literal('unknown')]);

export const quickAnswersSchema = z.object({
  kind: z.enum(['homes', 'business', 'generation', 'increase', 'temporary']),
  homes: text,
  heating: z.enum(['gas', 'heat-pump', 'direct-electric', 'unknown']),
  evPerHome: z.enum(['yes', 'no', 'unknown']),
  phases: unknowable(1, 3),
  kva: text,
  evChargers: text,
  evChargerKw: text,
  heatPumpKw: text,
  otherKw: text,
  technology: z.enum(['solar', 'wind', 'battery', 'other']),
  exportKw: text,
  importKva: text,
  existingFuseA: text,
  existingPhases: unknowable(1, 3),
  distanceM: text,
  surface: z.enum(['verge', 'footpath', 'road', 'customer-land', 'unknown']),
  substationSite: z.enum(['yes', 'no', 'unknown']),
  voltage: z.enum(['suggested', 'LV', 'HV']),
  whenNeeded: text,
  capacityOverrideKva: text,
});

export const quickStateSchema = z.object({
  answers: quickAnswersSchema,
  builtFingerprint: z.nullable(z.string()),
  pendingAnswers: z.nullish(quickAnswersSchema),
});

// Compile-time check that the schema's output is a QuickState.
export const asQuickState = (parsed: z.infer<typeof quickStateSchema>): QuickState => parsed;
