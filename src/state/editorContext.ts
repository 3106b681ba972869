/** The estimate editor shared with every component below the shell, through typed context. */
import { getContext, setContext } from 'svelte';
import type { EstimateEditor } from './estimateEditor.svelte';

/** Exported so tests can provide an editor: `render(C, { context: new Map([[EDITOR_KEY, e]]) })`. */
export const EDITOR_KEY = Symbol('estimate-editor');

export function setEditorContext(editor: EstimateEditor): EstimateEditor {
  return setContext(EDITOR_KEY, editor);
}

export function getEditorContext(): EstimateEditor {
  const editor = getContext<EstimateEditor | undefined>(EDITOR_KEY);
  if (!editor) throw new Error('No estimate editor: render this inside the app shell.');
  return editor;
}
