import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { checkedStatementDigests, type StatementChecks } from './statementDigests.ts';

const ID = 'virtual:checked-statements';

const source = (file: string) =>
  fileURLToPath(new URL(`../src/statements/${file}`, import.meta.url));

/**
 * `virtual:checked-statements` (src/statements/checkedAtBuild.ts): the digests above, worked
 * out when the module is first asked for in a build, a dev server or a test run. The checks
 * are loaded through Vite's module runner, as the app's own source, not imported by the config.
 */
export function checkedStatements(): Plugin {
  return {
    name: 'checked-statements',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    async load(id) {
      if (id !== `\0${ID}`) return null;
      const options = { configFile: false as const, logLevel: 'error' as const };
      const [statement, index] = await Promise.all([
        runnerImport<Pick<StatementChecks, 'validateStatement'>>(
          source('validateStatement.ts'),
          options,
        ),
        runnerImport<Pick<StatementChecks, 'validateStatementIndex'>>(
          source('validateStatementIndex.ts'),
          options,
        ),
      ]);
      const digests = checkedStatementDigests({
        validateStatement: statement.module.validateStatement,
        validateStatementIndex: index.module.validateStatementIndex,
      });
      return `export default ${JSON.stringify(digests)};`;
    },
  };
}
