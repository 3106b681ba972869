/**
 * The Existing Capacity helper's words (001 §4.29): phases × phase-neutral kV × fuse A
 * against the service equipment rating, the result, and which is lower.
 */
import { existingCapacity } from '../../engine';
import type { ExistingCapacityInput } from '../../engine/types';

export type ExistingCapacityView =
  { ok: true; kva: string; formula: string; lower: string | null } | { ok: false; message: string };

export function existingCapacityView(input: ExistingCapacityInput): ExistingCapacityView {
  try {
    const all = existingCapacity(input);
    let lower: string | null = null;
    if (!input.chargeableCapacityKva?.trim()) {
      const hasFuse = Boolean(input.phases && input.phaseNeutralKv?.trim() && input.fuseA?.trim());
      const hasService = Boolean(input.serviceRatingKva?.trim());
      if (hasFuse && hasService) {
        const fuse = existingCapacity({ ...input, serviceRatingKva: null }).kva;
        const service = existingCapacity({
          ...input,
          phases: null,
          fuseA: null,
          phaseNeutralKv: null,
        }).kva;
        const c = fuse.comparedTo(service);
        lower =
          c < 0
            ? 'The fused supply is lower than the service rating, so it sets the Existing Capacity.'
            : c > 0
              ? 'The service rating is lower than the fused supply, so it sets the Existing Capacity.'
              : 'The fused supply and the service rating are equal.';
      }
    }
    return {
      ok: true,
      kva: all.kva.toString(),
      formula: all.explanation.formula ?? all.explanation.text,
      lower,
    };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
