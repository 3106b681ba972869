// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import QuoteChecker from '../../../src/ui/guidance/QuoteChecker.svelte';
import { starter, statement } from '../../guidance/fixtures';

const ipr = statement('ipr-v1.7-2025');
afterEach(cleanup);

function setup(name = 'starter-single-house') {
  render(QuoteChecker, { props: { file: starter(name), statement: ipr } });
  return userEvent.setup();
}

const quoteBox = () =>
  screen.getByRole('textbox', { name: 'Quoted charge for these items, excluding VAT (£)' });

describe('QuoteChecker', () => {
  it('says which 001 §7.7 definition applies and prefills the estimate’s F1 items', () => {
    setup();
    expect(
      screen.getByText(/Single LV Service Demand Connection: the scheme applies/),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Quantity of 001-F1-02' })).toHaveValue('1');
    expect(screen.getByRole('textbox', { name: 'Quantity of 001-F1-05' })).toHaveValue('10');
    // The tolerance is read from the statement parameters.
    expect(screen.getByText(/A tolerance of 5% or £150.00, whichever is greater/)).toBeVisible();
  });

  it('shows each item’s band, quantity × the row’s prices (figures unchanged)', () => {
    setup();
    const table = screen.getByRole('table', { name: 'Items and their bands' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[3]!.textContent);
    expect(cells).toEqual(['£1,280.00 – £1,940.00', '£550.00 – £800.00']);
  });

  it('a quote at the upper limit is within; a penny more can go to the QAS', async () => {
    const user = setup();
    // Band £1,830–£2,740; £150 tolerance: limit £2,890.
    await user.type(quoteBox(), '2890');
    const within = screen.getByRole('heading', { name: 'Within the band and its tolerance' });
    expect(within).toBeVisible();
    const verdict = within.closest('section')!;
    expect(within_(verdict)).toContain('Band: £1,830.00 to £2,740.00');
    expect(within_(verdict)).toContain('the upper limit is £2,890.00');

    await user.clear(quoteBox());
    await user.type(quoteBox(), '2,890.01');
    expect(
      screen.getByRole('heading', {
        name: 'Outside the band: you can enter the Quotation Accuracy Scheme',
      }),
    ).toBeVisible();
    expect(screen.getByText(/£0\.01 above the band plus its tolerance/)).toBeVisible();
  });

  it('below the lower limit is outside too', async () => {
    const user = setup();
    await user.type(quoteBox(), '1679.99');
    expect(screen.getByRole('heading', { name: /Outside the band/ })).toBeVisible();
    expect(screen.getByText(/below the band less its tolerance \(£1,680\.00\)/)).toBeVisible();
  });

  it('refuses a quote that is not a number, keeping what was typed', async () => {
    const user = setup();
    await user.type(quoteBox(), 'abc');
    expect(quoteBox()).toHaveValue('abc');
    expect(quoteBox()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('“abc” is not a number.')).toBeVisible();
    expect(screen.queryByRole('heading', { name: /band/ })).toBeNull();
  });

  it('adding an item widens the band', async () => {
    const user = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add an item' }), '001-F1-07');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const qty = screen.getByRole('textbox', { name: 'Quantity of 001-F1-07' });
    await user.clear(qty);
    await user.type(qty, '10');
    await user.type(quoteBox(), '2000');
    // + 10 m × £15–£20 duct: £1,980–£2,940.
    expect(screen.getByText(/Band: £1,980\.00 to £2,940\.00/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Remove 001-F1-07' }));
    expect(screen.getByText(/Band: £1,830\.00 to £2,740\.00/)).toBeVisible();
  });

  it('a connection the scheme does not cover says so', () => {
    setup('starter-commercial-lv');
    expect(screen.getByText('The Quotation Accuracy Scheme does not apply.')).toBeVisible();
    expect(screen.getByText(/more than the 100 A whole-current limit/)).toBeVisible();
    expect(screen.queryByRole('textbox', { name: /Quoted charge/ })).toBeNull();
  });

  it('correcting the facts changes the decision without touching the estimate', async () => {
    const user = setup();
    await user.click(screen.getByRole('checkbox', { name: /extends the LV network/ }));
    expect(
      screen.getByText(/Small Project Demand Connection \(b\): the scheme applies/),
    ).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Domestic premises' }));
    expect(screen.getByText('The Quotation Accuracy Scheme does not apply.')).toBeVisible();
  });
});

function within_(el: HTMLElement): string {
  return within(el).getByRole('list').textContent ?? '';
}
