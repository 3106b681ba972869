import { ESTIMATE_FILE_VERSION } from '../../src/estimate-file/types';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_ESTIMATE_FILE_BYTES,
  parseEstimateFile,
} from '../../src/estimate-file/parseEstimateFile';
import { newEstimateFile } from '../../src/estimate-file/newEstimateFile';
import type { EstimateFile } from '../../src/estimate-file/types';
import { computeEstimate } from '../../src/engine';
import type { StatementFile } from '../../src/statements/types';

const example = (): EstimateFile =>
  JSON.parse(
    readFileSync(
      new URL('../../src/templates/worked-examples/ipr-ex-03a.json', import.meta.url),
      'utf8',
    ),
  ) as EstimateFile;

// The tests below break files into invalid shapes on purpose, which no static type allows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** Parses a modified copy of Ex 3A and returns the error messages. */
function messagesFor(change: (file: Loose) => void): string[] {
  const file = example() as unknown as Loose;
  change(file);
  const result = parseEstimateFile(JSON.stringify(file));
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map((e) => e.message);
}

describe('parseEstimateFile', () => {
  it('reads a valid file and gives back the same data', () => {
    const file = example();
    const result = parseEstimateFile(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.file).toEqual(file);
  });

  it('accepts a byte-order mark at the start', () => {
    expect(parseEstimateFile(`\uFEFF${JSON.stringify(example())}`).ok).toBe(true);
  });

  it('refuses text that is not JSON, in plain words', () => {
    const result = parseEstimateFile('{ "format": ');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/^The file is not valid JSON/);
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['[]', '42', 'null', '"x"']) {
      const result = parseEstimateFile(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]!.message).toMatch(/not an estimate/);
    }
  });

  it('refuses an unknown format and names it', () => {
    const result = parseEstimateFile(
      JSON.stringify({ format: 'connection-charging-statement', version: 1 }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.message).toContain('“connection-charging-statement”');
      expect(result.errors[0]!.path).toEqual(['format']);
    }
    const none = parseEstimateFile('{}');
    if (!none.ok) expect(none.errors[0]!.message).toContain('names no format');
  });

  it('refuses a newer version and says to update the app', () => {
    const newer = ESTIMATE_FILE_VERSION + 1;
    const result = parseEstimateFile(JSON.stringify({ ...example(), version: newer }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]!.message).toMatch(new RegExp(`newer version.*version ${newer}`));
  });

  it('refuses a version that is not a positive whole number', () => {
    for (const version of [0, -1, 1.5, '1', null]) {
      const result = parseEstimateFile(JSON.stringify({ ...example(), version }));
      expect(result.ok, String(version)).toBe(false);
      if (!result.ok) expect(result.errors[0]!.path).toEqual(['version']);
    }
  });

  it('refuses input over 5 MB before parsing it', () => {
    const big = `{"format":"connection-estimate","pad":"${'x'.repeat(MAX_ESTIMATE_FILE_BYTES)}"}`;
    const result = parseEstimateFile(big);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/at most 5 MB/);
  });

  it('counts bytes, not characters, against the 5 MB limit', () => {
    // A no-break space is one character but two bytes in UTF-8.
    const padded = `${JSON.stringify(example())}${' '.repeat(10)}`;
    expect(parseEstimateFile(padded).ok).toBe(true);
    const overBytes = `${JSON.stringify(example())}${'\u00a0'.repeat(MAX_ESTIMATE_FILE_BYTES / 2 + 1)}`;
    const result = parseEstimateFile(overBytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/5 MB/);
  });

  it('opens unfinished number text, which the engine then reports on its field, leaving the line out', () => {
    // The editor may hold any text in a number box; the reader refuses only broken structure.
    const statement = JSON.parse(
      readFileSync(new URL('../../public/statements/ipr-v1.7-2025.json', import.meta.url), 'utf8'),
    ) as StatementFile;
    for (const text of ['-2', '1e3', '1,200', '£5', 'NaN', '', '12 m']) {
      const file = example();
      file.inputs.schemes.minimum.lines[4]!.quantity = text;
      const result = parseEstimateFile(JSON.stringify(file));
      expect(result.ok, text).toBe(true);
      if (!result.ok) continue;
      expect(result.file.inputs.schemes.minimum.lines[4]!.quantity).toBe(text);
      // Partial results: the line is left out of the totals, its problem on its field.
      const outcome = computeEstimate(result.file.inputs, statement.rules);
      expect(outcome.ok, text).toBe(true);
      if (!outcome.ok) continue;
      const issues = outcome.result.notCounted.flatMap((n) => n.issues);
      expect(
        issues.map((i) => i.path.join('.')),
        text,
      ).toEqual(['schemes.minimum.lines.4.quantity']);
      expect(issues[0]!.message).toMatch(/quantity of "HV joint to network"/);
    }
  });

  it('refuses money and quantities written as JSON numbers, naming the line and field', () => {
    const messages = messagesFor((f) => {
      f.inputs.schemes.minimum.lines[0].unitPrice.amount = 12;
      f.inputs.schemes.minimum.lines[4].quantity = 2;
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^Minimum Scheme, line 1 \(“Provision and installation.*amount “12” must be text$/,
      ),
      'Minimum Scheme, line 5 (“HV joint to network”): quantity “2” must be text',
    ]);
  });

  it('accepts every decimal string of digits with an optional fraction', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
        fc.option(fc.stringMatching(/^\d{1,10}$/), { nil: undefined }),
        (whole, fraction) => {
          const value = fraction === undefined ? `${whole}` : `${whole}.${fraction}`;
          const file = example();
          file.inputs.schemes.minimum.lines[0]!.quantity = value;
          return parseEstimateFile(JSON.stringify(file)).ok;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('says what is missing and where', () => {
    const messages = messagesFor((f) => {
      delete f.inputs.connection.phases;
      delete f.project.site;
    });
    expect(messages).toContain('Connection: number of phases is missing');
    expect(messages).toContain('Project: site is missing');
  });

  it('lists the allowed values of an unknown choice', () => {
    const messages = messagesFor((f) => {
      f.inputs.connection.pocVoltage = 'MV';
      f.inputs.schemes.minimum.lines[1].unitPrice = { kind: 'guess' };
      f.inputs.schemes.minimum.lines[2].charging = { rule: 'free' };
    });
    expect(messages).toContain(
      'Connection: voltage at the Point of Connection “MV” must be one of: “LV”, “HV”, “EHV”, “132kV”',
    );
    expect(messages).toContain(
      'Minimum Scheme, line 2 (“800kVA substation”): price kind “guess” must be one of: “fixed”, “range”, “poa”',
    );
    expect(
      messages.some((m) => /line 3 .*charging rule “free” must be one of: “full”/.test(m)),
    ).toBe(true);
  });

  it('opens a date still being entered; the engine says it is not a date', () => {
    const file = example();
    file.inputs.applicationDate = '2026-02-30';
    const result = parseEstimateFile(JSON.stringify(file));
    expect(result.ok).toBe(true);
    const statement = JSON.parse(
      readFileSync(new URL('../../public/statements/ipr-v1.7-2025.json', import.meta.url), 'utf8'),
    ) as StatementFile;
    const outcome = computeEstimate(file.inputs, statement.rules);
    expect(outcome.ok ? [] : outcome.issues.map((i) => i.message)).toEqual([
      'Give the application date as YYYY-MM-DD; "2026-02-30" is not a date.',
    ]);
  });

  it('names network sections and previous works by their names', () => {
    const messages = messagesFor((f) => {
      f.inputs.schemes.minimum.rsns = [
        {
          id: 'r1',
          name: 'Feeder ring',
          driver: 'security',
          capacity: { method: 'ratings', ratingsKva: ['7700', 7700], secure: true },
        },
      ];
      f.inputs.schemes.minimum.previousWorks = [
        {
          id: 'p1',
          description: 'Grid transformer',
          basis: { kind: 'per-kva', ratePerKva: '65' },
          firstConnectionDate: 20200601,
        },
      ];
    });
    expect(messages).toContain(
      'Minimum Scheme, network section 1 (“Feeder ring”): ratings (kVA), item 2 “7700” must be text',
    );
    expect(messages).toContain(
      'Minimum Scheme, previous works item 1 (“Grid transformer”): date first connected “20200601” must be text',
    );
  });

  it('refuses an RSN of more than three ratings (001 §4.29, Ex 13)', () => {
    const messages = messagesFor((f) => {
      f.inputs.schemes.minimum.rsns = [
        {
          id: 'r1',
          name: 'Ring',
          driver: 'security',
          capacity: { method: 'ratings', ratingsKva: ['1', '2', '3', '4'], secure: true },
        },
      ];
    });
    expect(messages[0]).toMatch(/at most three ratings/);
  });

  it('reads a blank estimate made by newEstimateFile', () => {
    const blank = newEstimateFile({
      now: new Date('2026-03-31T09:15:00Z'),
      statementId: 'ipr-v1.7-2025',
      id: 'e1',
    });
    const result = parseEstimateFile(JSON.stringify(blank));
    expect(result).toEqual({ ok: true, file: blank, notes: [] });
  });
});

describe('docs/estimate-file.md', () => {
  it('its complete example is a valid estimate file', () => {
    const doc = readFileSync(new URL('../../docs/estimate-file.md', import.meta.url), 'utf8');
    const block = /```json\n([\s\S]*?)\n```/.exec(doc);
    expect(block).not.toBeNull();
    const result = parseEstimateFile(block![1]!);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.file.inputs.schemes.minimum.lines).toHaveLength(2);
  });
});
