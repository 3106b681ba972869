// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import TermsUsed from '../../../src/ui/glossary/TermsUsed.svelte';

afterEach(cleanup);

const helpFor = (term: string) =>
  screen.queryByRole('button', { name: `What does “${term}” mean?` });

describe('"Words used here"', () => {
  it('gives a "?" to each glossary term in the texts, except those explained in place', () => {
    render(TermsUsed, {
      props: {
        texts: ['The CAF applies to the Reinforcement at HV', 'O&M on the excess'],
        except: ['hv'],
      },
    });
    expect(helpFor('Your share (CAF)')).not.toBeNull();
    expect(helpFor('Reinforcement')).not.toBeNull();
    expect(helpFor('O&M')).not.toBeNull();
    expect(helpFor('HV')).toBeNull();
  });

  it('reads the terms a screen shows, and reads again when it changes', async () => {
    const screenEl = document.createElement('div');
    screenEl.textContent = 'The Minimum Scheme';
    document.body.append(screenEl);
    render(TermsUsed, { props: { scan: screenEl } });
    expect(helpFor('Minimum Scheme')).not.toBeNull();
    expect(helpFor('ICP')).toBeNull();
    screenEl.textContent = 'If an ICP does the work';
    await waitFor(() => expect(helpFor('ICP')).not.toBeNull());
    expect(helpFor('Minimum Scheme')).toBeNull();
    screenEl.remove();
  });

  it('leaves out a term the screen already explains with its own "?"', async () => {
    const screenEl = document.createElement('div');
    screenEl.innerHTML = 'The ICP and the CIC<button aria-label="What does “ICP” mean?">?</button>';
    document.body.append(screenEl);
    render(TermsUsed, { props: { scan: screenEl } });
    await waitFor(() => expect(helpFor('CIC')).not.toBeNull());
    expect(screen.getAllByRole('button', { name: 'What does “ICP” mean?' })).toHaveLength(1);
    // Its own "?" goes: the list gives it one.
    screenEl.querySelector('button')!.remove();
    await waitFor(() => expect(screen.getAllByRole('button', { name: /ICP/ })).toHaveLength(1));
    expect(screenEl.contains(screen.getByRole('button', { name: /ICP/ }))).toBe(false);
    screenEl.remove();
  });

  it('reads a term broken over lines in the markup as it reads on screen', () => {
    const screenEl = document.createElement('div');
    screenEl.textContent = 'only when an Independent Connection\n        Provider does the work';
    document.body.append(screenEl);
    render(TermsUsed, { props: { scan: screenEl } });
    expect(helpFor('ICP')).not.toBeNull();
    screenEl.remove();
  });

  it('shows nothing when no term is used', () => {
    const { container } = render(TermsUsed, { props: { texts: ['Nothing expert here'] } });
    expect(container.textContent?.trim()).toBe('');
  });
});
