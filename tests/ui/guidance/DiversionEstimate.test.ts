// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DiversionEstimate from '../../../src/ui/guidance/DiversionEstimate.svelte';
import { statement } from '../../guidance/fixtures';

afterEach(cleanup);

const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });

describe('DiversionEstimate', () => {
  it('applies the 18 % highway discount with 75 % up front, then drops it', async () => {
    const user = userEvent.setup();
    render(DiversionEstimate, { props: { statement: statement('spm-2008') } });
    await user.type(screen.getByRole('textbox', { name: /Operator's estimate/ }), '100000');
    expect(row('To pay')).toHaveTextContent('£82,000.00');
    expect(row('Up front')).toHaveTextContent('£61,500.00');
    await user.click(screen.getByRole('radio', { name: /Major transport works/ }));
    expect(row('To pay')).toHaveTextContent('£92,500.00');
    await user.click(screen.getByRole('checkbox', { name: /paid up front/ }));
    expect(row('To pay')).toHaveTextContent('£100,000.00');
    expect(screen.queryByRole('row', { name: /^Up front/ })).toBeNull();
  });

  it('reconciles within £100 with no refund', async () => {
    const user = userEvent.setup();
    render(DiversionEstimate, { props: { statement: statement('spm-2008') } });
    await user.type(screen.getByRole('textbox', { name: /Operator's estimate/ }), '10000');
    await user.click(screen.getByRole('radio', { name: 'Other works' }));
    await user.type(screen.getByRole('textbox', { name: /Final cost/ }), '9950');
    expect(screen.getByText(/within £100.00, so no refund applies/)).toBeVisible();
  });

  it('says plainly when the statement has no diversion figures', () => {
    render(DiversionEstimate, { props: { statement: statement('ipr-v1.7-2025') } });
    expect(screen.getByText(/does not give them/)).toBeVisible();
  });
});
