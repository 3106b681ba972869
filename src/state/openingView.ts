/**
 * Which tab a draft opens on. A new draft is a Quick estimate unless the user picks the
 * expert grid or a worked example: a draft that holds Quick estimate answers, or nothing
 * yet, opens on the Quick estimate; one built in the grid (a worked example, lines typed
 * or pasted) opens on its Minimum Scheme.
 */
import type { EstimateFile } from '../estimate-file/types';

export function openingView(file: EstimateFile): 'quick' | 'minimum' {
  if (file.quick) return 'quick';
  const { minimum, enhanced } = file.inputs.schemes;
  return minimum.lines.length === 0 && (enhanced?.lines.length ?? 0) === 0 ? 'quick' : 'minimum';
}
