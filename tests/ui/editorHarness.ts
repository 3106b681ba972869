// Shared set-up for component tests: a real engine, the real IPR statement, and an editor
// holding either the default estimate or a shipped template.
import { computeEstimate } from '../../src/engine';
import type { EstimateFile } from '../../src/estimate-file/types';
import { EDITOR_KEY } from '../../src/state/editorContext';
import { createDefaultEstimate } from '../../src/state/defaultEstimate';
import { EstimateEditor } from '../../src/state/estimateEditor.svelte';
import type { StatementFile } from '../../src/statements/types';
import { statementFile } from '../fixtures';

export const ipr: StatementFile = statementFile('ipr-v1.7-2025');

export function makeEditor(file?: EstimateFile): EstimateEditor {
  return new EstimateEditor({
    file: file ?? createDefaultEstimate('2025-11-23', '2025-11-23T09:00:00.000Z'),
    today: '2025-11-23',
    compute: computeEstimate,
    statement: ipr,
  });
}

export function withEditor(editor: EstimateEditor) {
  return { context: new Map<unknown, unknown>([[EDITOR_KEY, editor]]) };
}

/**
 * A cost-line cell's accessible name is what it shows, then its column and line
 * ("150 Quantity, line 1"); this matches the "‹Column›, line ‹n›" part, whatever is shown.
 */
export function cellName(where: string): RegExp {
  return new RegExp(`(^|\\s)${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
