/**
 * Map an engine ValidationIssue path (["schemes","minimum","lines",3,"quantity"]) to the
 * grid cell it concerns, so the cell can be marked invalid with the engine's message.
 */
import type { EstimateInput } from '../engine/types';
import type { ColumnId } from '../lines/columns';

const FIELD_COLUMNS: Record<string, ColumnId> = {
  description: 'description',
  statementItemId: 'item',
  quantity: 'quantity',
  unit: 'unit',
  unitPrice: 'unitPrice',
  contestable: 'contestable',
  kind: 'kind',
  assetLevel: 'assetLevel',
  isCircuitBreaker: 'assetLevel',
  charging: 'charging',
};

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
  const column =
    typeof field === 'string' ? (FIELD_COLUMNS[field] ?? 'description') : 'description';
  return { scheme, lineId: line.id, column };
}
