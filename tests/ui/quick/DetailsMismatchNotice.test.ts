// @vitest-environment jsdom
// The Details form says where the scheme no longer matches the details, with a one-click fix.
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { EstimateFile } from '../../../src/estimate-file/types';
import starter from '../../../src/templates/starters/starter-housing-development.json';
import DetailsMismatchNotice from '../../../src/ui/quick/DetailsMismatchNotice.svelte';
import { makeEditor } from '../editorHarness';

afterEach(cleanup);

describe('DetailsMismatchNotice', () => {
  it('warns “30 services for 12 homes” and fixes it in one click, undoably', async () => {
    const file = structuredClone(starter) as EstimateFile;
    file.project.connections = 12;
    const editor = makeEditor(file);
    const user = userEvent.setup();
    render(DetailsMismatchNotice, { editor });
    const notice = screen.getByRole('status', { name: 'The scheme does not match these details' });
    expect(notice).toHaveTextContent('The Minimum Scheme has 30 services for 12 homes.');
    await user.click(screen.getByRole('button', { name: 'Make it 12 services' }));
    expect(
      editor.file.inputs.schemes.minimum.lines.find((l) => l.id === 'services')?.quantity,
    ).toBe('12');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    editor.undo();
    expect(
      editor.file.inputs.schemes.minimum.lines.find((l) => l.id === 'services')?.quantity,
    ).toBe('30');
  });
});
