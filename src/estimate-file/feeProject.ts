/**
 * The project facts the engine's fees read (premises, domestic or not, ICP or not), from an
 * estimate file's project details: what `computeEstimate` needs beside the inputs to put
 * each scheme's fees in its result.
 */
import type { FeeProject } from '../engine/fee-schedule/types';
import type { ProjectDetails } from './types';

export function feeProject(
  project: Pick<ProjectDetails, 'connections' | 'premisesType' | 'icpDoesContestable'>,
): FeeProject {
  return {
    premises: Math.max(1, Math.trunc(project.connections || 1)),
    isDomestic: project.premisesType === 'domestic',
    icpDoesContestableWork: project.icpDoesContestable,
  };
}
