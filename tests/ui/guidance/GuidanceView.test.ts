// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { computeEstimate } from '../../../src/engine/index';
import GuidanceView from '../../../src/ui/guidance/GuidanceView.svelte';
import { starter, statement } from '../../guidance/fixtures';
import { makeEditor } from '../editorHarness';

afterEach(cleanup);

describe('GuidanceView', () => {
  it('moves between the four sections and loads the 002 statement for diversions', async () => {
    const user = userEvent.setup();
    const ipr = statement('ipr-v1.7-2025');
    const file = starter('starter-single-house');
    const loadStatement = vi.fn(async (id: string) => statement(id as 'spm-2008'));
    render(GuidanceView, {
      props: {
        file,
        statement: ipr,
        outcome: computeEstimate(file.inputs, ipr.rules),
        today: '2026-03-05',
        loadStatement,
      },
    });
    expect(screen.getByRole('heading', { name: /Check a quote/ })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'What happens next' }));
    expect(screen.getByRole('heading', { name: 'What happens next' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Ways to reduce the charge' }));
    expect(screen.getByRole('heading', { name: 'Ways to reduce the charge' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Diversions' }));
    expect(
      await screen.findByRole('heading', { name: 'Diverting the network for street works' }),
    ).toBeVisible();
    expect(loadStatement).toHaveBeenCalledWith('spm-2008');
    expect(screen.getByRole('button', { name: 'Diversions' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});

describe('GuidanceView with the live editor state', () => {
  it('"Ways to reduce the charge" works when given the editor’s reactive file, not a plain copy', async () => {
    const user = userEvent.setup();
    const ipr = statement('ipr-v1.7-2025');
    const editor = makeEditor(starter('starter-single-house'));
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      render(GuidanceView, {
        props: {
          // The app passes the editor's state: a reactive proxy that structuredClone refuses.
          file: editor.file,
          statement: ipr,
          outcome: editor.outcome,
          today: '2026-03-05',
        },
      });
      await user.click(screen.getByRole('button', { name: 'Ways to reduce the charge' }));
      expect(screen.getByRole('heading', { name: 'Ways to reduce the charge' })).toBeVisible();
      // The speculative what-if ran the engine on a copy of the proxied inputs.
      expect(
        screen.getAllByRole('heading', { name: 'Show that the development is not speculative' }),
      ).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
