/**
 * When the browser aborts a write's transaction, the write itself only fails with
 * "AbortError: The transaction was aborted": the reason is on the transaction. Chromium,
 * with its profile on a full disk, aborts with an UnknownError "… IO error: …:
 * FILE_ERROR_NO_SPACE" there (tests/e2e/storage-full.fault.ts). This Dexie middleware gives
 * the write the transaction's own error instead, so the app can say the storage is full
 * (storageErrors.ts) rather than "the browser refused to save". Dexie's core reports a
 * failed write as a failure in its response (the table then rejects with it), or, for some
 * failures, rejects: both are covered.
 */
import type { DBCore, DBCoreMutateResponse, Middleware } from 'dexie';

type Cause = Error | null | undefined;

const isAbort = (error: unknown) => (error as { name?: unknown } | null)?.name === 'AbortError';

function withCause(response: DBCoreMutateResponse, cause: Cause): DBCoreMutateResponse {
  if (!cause || response.numFailures === 0) return response;
  const failures: DBCoreMutateResponse['failures'] = {};
  for (const [at, failure] of Object.entries(response.failures)) {
    failures[Number(at)] = isAbort(failure) ? cause : failure;
  }
  return { ...response, failures };
}

export const noSpaceCause: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'noSpaceCause',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (req) => {
          const cause = () => (req.trans as { error?: Cause }).error;
          return table.mutate(req).then(
            (response) => withCause(response, cause()),
            (error: unknown) => {
              throw isAbort(error) && cause() ? cause() : error;
            },
          );
        },
      };
    },
  }),
};
