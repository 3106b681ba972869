// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Field from '../../../src/ui/form/Field.svelte';

afterEach(cleanup);

describe('one form field', () => {
  it('labels its control with the unit and describes it by its hint', () => {
    render(Field, {
      id: 'f',
      label: 'Import capacity',
      unit: 'kVA',
      hint: 'As on your quote.',
      value: '100',
      oninput: () => {},
    });
    const box = screen.getByRole('textbox', { name: 'Import capacity, kVA' });
    expect(box).toHaveValue('100');
    expect(box).toHaveAccessibleDescription('As on your quote.');
    expect(box).not.toHaveAttribute('aria-invalid');
  });

  it('shows an error in place of the hint, marks the control invalid and is described by it', () => {
    render(Field, {
      id: 'f',
      label: 'Postcode',
      hint: 'Where the supply is needed.',
      error: 'This is not a postcode.',
      value: 'XX',
    });
    const box = screen.getByRole('textbox', { name: 'Postcode' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('This is not a postcode.');
    expect(screen.queryByText('Where the supply is needed.')).toBeNull();
  });

  it('as a number box, stores the plain decimal and keeps the text as typed', async () => {
    const stored: string[] = [];
    const onvalue = vi.fn((v: string) => stored.push(v));
    render(Field, { id: 'f', label: 'Export capacity', unit: 'kW', value: '', onvalue });
    const box = screen.getByRole('textbox', { name: 'Export capacity, kW' });
    await userEvent.setup().type(box, '1,000 kW');
    expect(stored.at(-1)).toBe('1000');
    expect(box).toHaveValue('1,000 kW');
  });

  it('as a select, lists its options', async () => {
    const onchange = vi.fn();
    const { container } = render(Field, {
      id: 'f',
      label: 'Phases',
      as: 'select',
      value: '3',
      onchange,
    });
    const select = screen.getByRole('combobox', { name: 'Phases' });
    expect(select.tagName).toBe('SELECT');
    expect(container.querySelector('label')?.getAttribute('for')).toBe('f');
  });
});
