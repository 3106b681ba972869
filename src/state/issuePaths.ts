/**
 * Map an engine ValidationIssue path (["schemes","minimum","lines",3,"quantity"]) to the
 * grid cell it concerns, so the cell can be marked invalid with the engine's message.
 */
import type { EstimateInput } from '../engine/types';
import { columnOfField, type ColumnId } from '../lines/columns';

export function issueColumn(
  path: readonly (string | number)[],
  inputs: EstimateInput,
): { scheme: 'minimum' | 'enhanced'; lineId: string; column: ColumnId } | null {
  const [root, scheme, lines, at, field] = path;
  if (root !== 'schemes' || lines !== 'lines') return null;
  if (scheme !== 'minimum' && scheme !== 'enhanced') return null;
  const list = inputs.schemes[scheme]?.lines ?? [];
  const line = typeof at === 'number' ? list[at] : list.find((l) => l.id === at);
  if (!line) return null;
  // A message about the line as a whole, or a field no column shows, marks its description.
  const column = (typeof field === 'string' ? columnOfField(field) : null) ?? 'description';
  return { scheme, lineId: line.id, column };
}
