// The layer table in eslint.config.js (docs/architecture.md) is enforced, not only written
// down: linting an import from every layer to every layer it may not use fails, and the
// imports it allows pass. So a regression (state/ reaching into ui/, share/ into storage/, a
// view into the shell) fails `npm run lint`.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the config is plain JavaScript without types.
import { LAYERS, TOP_LEVEL } from '../../eslint.config.js';

const layers = LAYERS as Record<string, string[]>;
const topLevel = TOP_LEVEL as string[];
const eslint = new ESLint({ cwd: process.cwd() });

/** The boundary messages from linting `code` as if it were the file at `path`. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

/** An import of another top-level part of src/ from a file one folder down. */
const importOf = (target: string): string =>
  target === 'App.svelte'
    ? `import App from '../App.svelte';`
    : target === 'main' || target === 'zodMini'
      ? `import '../${target}';`
      : `import '../${target}/anything';`;

describe('the layer boundaries', () => {
  it('refuse every import a layer is not allowed, and allow the ones it is', async () => {
    let refused = 0;
    for (const [layer, allowed] of Object.entries(layers)) {
      for (const target of topLevel.filter((t) => t !== layer)) {
        const errors = await boundaryErrors(`src/${layer}/probe.ts`, importOf(target));
        const isAllowed = allowed.includes(target);
        expect(errors.length > 0, `${layer} → ${target}`).toBe(!isAllowed);
        if (!isAllowed) refused += 1;
      }
    }
    // Every layer refuses ui/ at least (state/ included).
    expect(refused).toBeGreaterThan(Object.keys(layers).length * 5);
  });

  it('keep state/ out of ui/, share/ out of storage/, and the engine free of UI packages', async () => {
    expect(
      await boundaryErrors('src/state/probe.ts', `import '../ui/grid/sortLines';`),
    ).toHaveLength(1);
    expect(await boundaryErrors('src/share/probe.ts', `import '../storage/records';`)).toHaveLength(
      1,
    );
    expect(await boundaryErrors('src/storage/probe.ts', `import '../share/shareLink';`)).toEqual(
      [],
    );
    expect(await boundaryErrors('src/engine/probe.ts', `import 'svelte';`)).toHaveLength(1);
    expect(
      await boundaryErrors('src/statements/probe.ts', `import '../ui/grid/Grid.svelte';`),
    ).toEqual([
      expect.stringContaining('statements/ may import only'),
      expect.stringContaining('no components'),
    ]);
  });

  it('keep every view out of the shell, which composes them', async () => {
    for (const view of ['fees', 'grid', 'details', 'totals']) {
      expect(
        await boundaryErrors(`src/ui/${view}/probe.ts`, `import '../shell/lazyViews';`),
        view,
      ).toHaveLength(1);
    }
    expect(await boundaryErrors('src/ui/probe.ts', `import './shell/lazyViews';`)).toHaveLength(1);
    expect(
      await boundaryErrors('src/ui/shell/probe.ts', `import '../fees/lazyFeesPanel';`),
    ).toEqual([]);
  });
});
