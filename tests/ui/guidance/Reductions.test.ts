// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { computeEstimate } from '../../../src/engine/index';
import Reductions from '../../../src/ui/guidance/Reductions.svelte';
import { starter, statement, template } from '../../guidance/fixtures';

const ipr = statement('ipr-v1.7-2025');
afterEach(cleanup);

describe('Reductions', () => {
  it('prices a shorter service from the linked row and cites it', () => {
    render(Reductions, {
      props: { file: starter('starter-single-house'), statement: ipr, compute: computeEstimate },
    });
    const card = screen.getByRole('article', { name: 'A service position closer to the network' });
    expect(card).toHaveTextContent('Saves about £275.00 – £400.00 (excluding VAT)');
    expect(card).toHaveTextContent('each 5 m less saves about £275–£400');
    expect(card).toHaveTextContent('001 §3.20');
    expect(card).toHaveTextContent('statement rows 001-F1-05');
  });

  it('lists what does not apply separately, saying why', async () => {
    const user = userEvent.setup();
    render(Reductions, {
      props: { file: starter('starter-single-house'), statement: ipr, compute: computeEstimate },
    });
    const more = screen.getByText(/Not applicable to this estimate/);
    await user.click(more);
    const sub = screen.getByRole('article', { name: 'Provide the substation site or building' });
    expect(sub).toHaveTextContent('The Minimum Scheme has no substation');
  });

  it('adds up the construction savings of the HV generator', () => {
    render(Reductions, {
      props: { file: starter('starter-hv-generator'), statement: ipr, compute: computeEstimate },
    });
    // Cable route £950–£1,430 + trench by others £2,987–£4,478.
    expect(screen.getByText(/priced construction suggestions save about/)).toHaveTextContent(
      '£3,937.00 – £5,908.00',
    );
  });

  it('the speculative self-check reacts to ticks', async () => {
    const user = userEvent.setup();
    const file = template('worked-examples/ipr-ex-08a.json');
    file.inputs.connection.isSpeculative = true;
    render(Reductions, { props: { file, statement: ipr, compute: computeEstimate } });
    const card = screen.getByRole('article', {
      name: 'Show that the development is not speculative',
    });
    expect(card).toHaveTextContent(/Saves about £[\d,.]+/);
    const check = within(card).getByRole('group', { name: /Self-check/ });
    expect(within(check).getByRole('status')).toHaveTextContent('None of the 001 §4.46');
    await user.click(within(check).getAllByRole('checkbox')[1]!);
    expect(within(check).getByRole('status')).toHaveTextContent(
      '1 of the 001 §4.46 characteristics applies',
    );
  });
});
