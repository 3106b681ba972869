import { describe, expect, it } from 'vitest';
import { moveFocus, selectionRect, startsEditing } from '../../../src/ui/grid/gridNavigation';

const size = { rows: 3, cols: 4 };

describe('grid keyboard movement', () => {
  it('moves with the arrows and stops at the edges', () => {
    expect(moveFocus({ row: 1, col: 1 }, { key: 'ArrowUp' }, size)).toEqual({ row: 0, col: 1 });
    expect(moveFocus({ row: 0, col: 1 }, { key: 'ArrowUp' }, size)).toEqual({ row: 0, col: 1 });
    expect(moveFocus({ row: 2, col: 3 }, { key: 'ArrowRight' }, size)).toEqual({ row: 2, col: 3 });
    expect(moveFocus({ row: 1, col: 1 }, { key: 'ArrowLeft' }, size)).toEqual({ row: 1, col: 0 });
    expect(moveFocus({ row: 1, col: 1 }, { key: 'ArrowDown' }, size)).toEqual({ row: 2, col: 1 });
  });

  it('Tab and Shift+Tab wrap across rows and let focus leave at either end', () => {
    expect(moveFocus({ row: 0, col: 3 }, { key: 'Tab' }, size)).toEqual({ row: 1, col: 0 });
    expect(moveFocus({ row: 1, col: 0 }, { key: 'Tab', shiftKey: true }, size)).toEqual({
      row: 0,
      col: 3,
    });
    expect(moveFocus({ row: 2, col: 3 }, { key: 'Tab' }, size)).toBeNull();
    expect(moveFocus({ row: 0, col: 0 }, { key: 'Tab', shiftKey: true }, size)).toBeNull();
  });

  it('Enter moves down, Shift+Enter up', () => {
    expect(moveFocus({ row: 0, col: 2 }, { key: 'Enter' }, size)).toEqual({ row: 1, col: 2 });
    expect(moveFocus({ row: 1, col: 2 }, { key: 'Enter', shiftKey: true }, size)).toEqual({
      row: 0,
      col: 2,
    });
  });

  it('Home/End go along the row; with Ctrl to the grid corners', () => {
    expect(moveFocus({ row: 1, col: 2 }, { key: 'Home' }, size)).toEqual({ row: 1, col: 0 });
    expect(moveFocus({ row: 1, col: 2 }, { key: 'End' }, size)).toEqual({ row: 1, col: 3 });
    expect(moveFocus({ row: 1, col: 2 }, { key: 'Home', ctrlKey: true }, size)).toEqual({
      row: 0,
      col: 0,
    });
    expect(moveFocus({ row: 1, col: 2 }, { key: 'End', ctrlKey: true }, size)).toEqual({
      row: 2,
      col: 3,
    });
  });

  it('ignores other keys and Alt combinations (used for row commands)', () => {
    expect(moveFocus({ row: 1, col: 1 }, { key: 'a' }, size)).toBeNull();
    expect(moveFocus({ row: 1, col: 1 }, { key: 'ArrowUp', altKey: true }, size)).toBeNull();
    expect(moveFocus({ row: 0, col: 0 }, { key: 'ArrowDown' }, { rows: 0, cols: 4 })).toBeNull();
  });

  it('typing a character or F2 starts editing; shortcuts do not', () => {
    expect(startsEditing({ key: '7' })).toBe(true);
    expect(startsEditing({ key: '£' })).toBe(true);
    expect(startsEditing({ key: 'F2' })).toBe(true);
    expect(startsEditing({ key: 'z', ctrlKey: true })).toBe(false);
    expect(startsEditing({ key: 'ArrowDown' })).toBe(false);
    expect(startsEditing({ key: 'Shift' })).toBe(false);
  });

  it('a selection is the rectangle between anchor and focus', () => {
    expect(selectionRect({ row: 2, col: 1 }, { row: 0, col: 3 })).toEqual({
      top: 0,
      bottom: 2,
      left: 1,
      right: 3,
    });
  });
});
