// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import CheckAfterNotice from '../../../src/ui/statements/CheckAfterNotice.svelte';

const statement = {
  checkAfter: '2025-11-23',
  operator: 'Indigo Power Limited (IPR)',
  version: 'V1.7',
};

afterEach(cleanup);

describe('CheckAfterNotice', () => {
  it('warns once the check-after date has passed', () => {
    render(CheckAfterNotice, { statement, today: '2026-02-01' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'This statement says to check for a newer version after 23 November 2025',
    );
  });

  it('says nothing on or before the date, or without one', () => {
    const { unmount } = render(CheckAfterNotice, { statement, today: '2025-11-23' });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    unmount();
    render(CheckAfterNotice, {
      statement: { ...statement, checkAfter: null },
      today: '2030-01-01',
    });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
