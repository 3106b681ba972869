// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import NextSteps from '../../../src/ui/guidance/NextSteps.svelte';
import { starter, statement } from '../../guidance/fixtures';

const ipr = statement('ipr-v1.7-2025');
afterEach(cleanup);

describe('NextSteps', () => {
  it('shows the offer standard, validity and payment for a single house', () => {
    render(NextSteps, {
      props: { file: starter('starter-single-house'), statement: ipr, today: '2026-03-05' },
    });
    expect(screen.getByRole('heading', { name: 'What happens next' })).toBeVisible();
    expect(screen.getByText('15 working days')).toBeVisible();
    expect(screen.getByText(/due by about 26 March 2026/)).toBeVisible();
    expect(screen.getByText('90 days')).toBeVisible();
    expect(screen.getByText(/open until 3 June 2026/)).toBeVisible();
    expect(screen.getByText(/This looks like a simple service connection/)).toBeVisible();
  });

  it('ticks the 001 §2.7 checklist against the estimate', () => {
    const file = starter('starter-single-house');
    file.project.site = { address: '1 High Street', postcode: 'AB1 2CD' };
    render(NextSteps, { props: { file, statement: ipr, today: '2026-03-05' } });
    const list = screen.getByRole('list', { name: /What to send with the application/ });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(12);
    const address = items.find((li) => li.textContent?.includes('address of the premises'))!;
    expect(address).toHaveTextContent('In the estimate: 1 High Street, AB1 2CD');
    const heating = items.find((li) => li.textContent?.includes('heating'))!;
    expect(heating).toHaveTextContent('Missing');
    // Contact, heating and date required are still missing.
    expect(screen.getByRole('status')).toHaveTextContent(
      '3 items still missing from the estimate.',
    );
  });

  it('an interactive HV generator gets 50 working days and a 30-day offer', () => {
    const file = starter('starter-hv-generator');
    file.inputs.connection.exportCapacityKva = '2000';
    render(NextSteps, { props: { file, statement: ipr, today: '2026-03-05' } });
    expect(screen.getByText('50 working days')).toBeVisible();
    expect(screen.getByText('30 days')).toBeVisible();
    expect(screen.getByText(/Likely\./)).toBeVisible();
  });
});
