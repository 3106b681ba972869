// Messages a user reads when a file is refused: they must say what is wrong in words that
// hold up ("3" written as text is not the number 3; one version is not "1 to 1").
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseEstimateFile } from '../../src/estimate-file/parseEstimateFile';
import { ESTIMATE_FILE_VERSION } from '../../src/estimate-file/types';
import { importEstimateText } from '../../src/storage/estimateFileIo';

const example = () =>
  JSON.parse(
    readFileSync(
      new URL('../../src/templates/worked-examples/ipr-ex-03a.json', import.meta.url),
      'utf8',
    ),
  ) as Record<string, unknown> & { inputs: { connection: Record<string, unknown> } };

const errorsOf = (file: unknown) => {
  const r = parseEstimateFile(JSON.stringify(file));
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.map((e) => e.message);
};

describe('plain messages for refused files', () => {
  it('phases written as the text "3" says it is text, not that 3 is not 1, 2 or 3', () => {
    const file = example();
    file.inputs.connection.phases = '3';
    const [message] = errorsOf(file);
    expect(message).toMatch(/number of phases/);
    expect(message).toMatch(/text/);
    expect(message).not.toMatch(/“3” must be 1, 2 or 3/);
  });

  it('a wrong number of phases still says which numbers are allowed', () => {
    const file = example();
    file.inputs.connection.phases = 4;
    expect(errorsOf(file)[0]).toMatch(/number of phases “4” must be 1, 2 or 3/);
  });

  it('an unknown version names the versions this app reads, never "1 to 1"', () => {
    const [message] = errorsOf({ ...example(), version: 0 });
    expect(message).not.toMatch(/versions 1 to 1\b/);
    expect(message).toMatch(new RegExp(`reads versions 1 to ${ESTIMATE_FILE_VERSION}\\)`));
  });

  it('"and 1 more problem", singular', async () => {
    const file = example();
    file.inputs.connection.phases = 4;
    (file as Record<string, unknown>).title = 42;
    const outcome = await importEstimateText(null as never, JSON.stringify(file), new Date());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.message).toMatch(/\(and 1 more problem\)/);
      expect(outcome.message).not.toMatch(/1 more problems/);
    }
  });
});
