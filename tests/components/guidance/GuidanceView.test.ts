// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { computeEstimate } from '../../../src/engine/index';
import GuidanceView from '../../../src/ui/guidance/GuidanceView.svelte';
import { starter, statement } from '../../guidance/fixtures';

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
