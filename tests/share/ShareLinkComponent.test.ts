// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeShareFragment } from '../../src/share/shareLink';
import { EstimatorDb } from '../../src/storage/db';
import { DraftsController } from '../../src/storage/drafts.svelte';
import ShareLink from '../../src/ui/library/ShareLink.svelte';
import { fakeEditor } from '../storage/fakeEditor';
import { sampleEstimate } from '../storage/fixtures/sampleEstimate';
import { freshDbName } from '../storage/testDb';

let drafts: DraftsController | null = null;
afterEach(() => {
  cleanup();
  drafts?.dispose();
  drafts?.db.close();
});

describe('ShareLink', () => {
  it("makes a link under the app's own sub-path that opens the open estimate", async () => {
    const editor = fakeEditor(sampleEstimate({ title: 'To share' }));
    drafts = new DraftsController({
      editor,
      createBlank: () => sampleEstimate(),
      db: new EstimatorDb(freshDbName()),
      channel: null,
      location: {
        hash: '',
        href: 'https://example.org/team/estimator/',
        pathname: '/team/estimator/',
        search: '',
      },
    });
    render(ShareLink, { drafts });
    await userEvent.click(screen.getByRole('button', { name: 'Make a share link' }));
    const input = screen.getByRole('textbox', { name: 'Share link' }) as HTMLInputElement;
    const url = new URL(input.value);
    expect(url.origin + url.pathname).toBe('https://example.org/team/estimator/');
    const decoded = decodeShareFragment(url.hash);
    expect(decoded.kind === 'ok' && decoded.file.title).toBe('To share');
    expect(screen.getByRole('status')).toHaveTextContent(/contact details/);
  });
});
