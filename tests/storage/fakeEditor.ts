// A stand-in for the estimate editor: the file it shows, edits and change listeners.
import type { EstimateFile } from '../../src/estimate-file/types';
import type { EditorPort } from '../../src/storage/drafts.svelte';

export interface FakeEditor extends EditorPort {
  file: EstimateFile;
  edit(change: (file: EstimateFile) => void): void;
}

export function fakeEditor(initial: EstimateFile): FakeEditor {
  const listeners = new Set<() => void>();
  const editor: FakeEditor = {
    file: structuredClone(initial),
    snapshot: () => structuredClone(editor.file),
    replace: (file) => {
      editor.file = structuredClone(file);
      // The real editor reports a replace as a change too.
      for (const l of listeners) l();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    edit: (change) => {
      change(editor.file);
      for (const l of listeners) l();
    },
  };
  return editor;
}
