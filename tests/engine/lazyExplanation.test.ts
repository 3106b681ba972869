import { describe, expect, it } from 'vitest';
import { estimate, line, ok, scheme } from './fixtures';

describe("a line's explanation, built when first read", () => {
  it('reads as plain data: spread, structuredClone and JSON all carry its steps', () => {
    const result = ok(
      estimate({ schemes: { minimum: scheme({ lines: [line({ amount: '1250.50' })] }) } }),
    );
    const lineResult = result.schemes.minimum.lines[0]!;
    const cloned = structuredClone(lineResult);
    const viaJson = JSON.parse(JSON.stringify(lineResult)) as typeof lineResult;
    const spread = { ...lineResult };
    for (const copy of [cloned, viaJson, spread]) {
      expect(copy.explanation.length).toBeGreaterThan(0);
      expect(copy.explanation[0]!.text).toBe('Cost of the line.');
      expect(copy.explanation).toEqual(lineResult.explanation);
    }
    expect(Object.getOwnPropertyDescriptor(cloned, 'explanation')).toHaveProperty('value');
    // Read twice, the same steps: built once, then kept.
    expect(lineResult.explanation).toBe(lineResult.explanation);
  });

  it('can be replaced like any other property', () => {
    const result = ok(estimate({ schemes: { minimum: scheme({ lines: [line()] }) } }));
    const lineResult = result.schemes.minimum.lines[0]!;
    lineResult.explanation = [];
    expect(lineResult.explanation).toEqual([]);
  });
});
