import type { OutputBundle, OutputChunk } from 'rollup';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The first screen in as few requests as its budget allows. A browser asks a plain HTTP/1.1
 * host for six files at a time, so a first screen spread over some thirty small chunks waits
 * on the queue more than on the bytes. This plugin
 * - gathers the modules the entry imports statically into one chunk beside it (they are the
 *   initial JavaScript the size check counts; only where they are changes), and
 * - gathers the modules that `lazyModules` import statically, apart from those, into one chunk
 *   loaded on demand, and lists it in the built index.html as `<link rel="modulepreload">`
 *   (its styles as `<link rel="preload" as="style">`), so the browser fetches it alongside
 *   the entry instead of after the entry has run. It stays out of the entry's static graph,
 *   so it is not part of the initial JavaScript budget.
 * `lazyModules` are source paths from the project root (e.g. `src/engine/computeEstimate.ts`).
 * Links are relative, like every URL of the build, so the app works under any sub-path.
 */
export function firstScreen(lazyModules: readonly string[]): Plugin {
  let root = '';
  const initial = new Set<string>();
  const soon = new Set<string>();
  return {
    name: 'first-screen',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                { name: 'first-screen', test: (id: string) => initial.has(id), priority: 2 },
                { name: 'first-screen-lazy', test: (id: string) => soon.has(id), priority: 1 },
              ],
            },
          },
        },
      },
    }),
    configResolved(config) {
      root = config.root.replace(/\/$/, '');
    },
    buildEnd() {
      const closure = (starts: string[], into: Set<string>, except: Set<string>) => {
        const queue = [...starts];
        while (queue.length > 0) {
          const id = queue.pop()!;
          if (into.has(id) || except.has(id)) continue;
          const info = this.getModuleInfo(id);
          if (!info) continue;
          into.add(id);
          queue.push(...info.importedIds);
        }
      };
      const ids = [...this.getModuleIds()];
      const entries = ids.filter((id) => this.getModuleInfo(id)?.isEntry);
      closure(entries, initial, new Set());
      // The entries (index.html) and what they name (src/main.ts) stay in the entry chunk.
      for (const id of entries) {
        initial.delete(id);
        for (const named of this.getModuleInfo(id)?.importedIds ?? []) initial.delete(named);
      }
      const starts = lazyModules.map((m) => `${root}/${m}`);
      for (const start of starts) {
        if (!this.getModuleInfo(start)) this.error(`firstScreen: ${start} is not in the build.`);
      }
      closure(starts, soon, new Set([...initial, ...entries]));
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle as OutputBundle | undefined;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const entry = chunks.find((c) => c.isEntry);
        // Already in the page: the entry and everything it imports statically.
        const addStatic = (file: string, into: Set<string>) => {
          if (into.has(file)) return;
          into.add(file);
          for (const dep of byFile.get(file)?.imports ?? []) addStatic(dep, into);
        };
        const inPage = new Set<string>();
        if (entry) addStatic(entry.fileName, inPage);
        const wanted = new Set<string>();
        for (const module of lazyModules) {
          const chunk = chunks.find((c) => c.moduleIds.includes(`${root}/${module}`));
          if (!chunk) throw new Error(`firstScreen: no chunk holds ${module}.`);
          addStatic(chunk.fileName, wanted);
        }
        const files = [...wanted].filter((f) => !inPage.has(f));
        const styles = [
          ...new Set(
            files.flatMap((f) => [
              ...((byFile.get(f) as { viteMetadata?: { importedCss: Set<string> } } | undefined)
                ?.viteMetadata?.importedCss ?? []),
            ]),
          ),
        ];
        const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({
          tag: 'link',
          attrs,
          injectTo: 'head',
        });
        return [
          ...files.map((f) => link({ rel: 'modulepreload', crossorigin: true, href: `./${f}` })),
          ...styles.map((f) =>
            link({ rel: 'preload', as: 'style', crossorigin: true, href: `./${f}` }),
          ),
        ];
      },
    },
  };
}
