// A write whose transaction the browser aborted fails with the transaction's own error (the
// reason), so a full disk reads as storage full, not as "the transaction was aborted".
import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { noSpaceCause } from '../../src/storage/noSpaceCause';
import { describeStorageError } from '../../src/storage/storageErrors';

const NO_SPACE = new DOMException(
  'Connection is closing because of: IO error: …/000005.ldb: FILE_ERROR_NO_SPACE',
  'UnknownError',
);
const ABORTED = new DOMException(
  'The transaction was aborted, so the request cannot be fulfilled.',
  'AbortError',
);

function writeFailingWith(error: unknown, transactionError: unknown, as: 'rejects' | 'reports') {
  // Dexie's core reports a failed put in its response (the table then rejects with it).
  const mutate = () =>
    as === 'rejects'
      ? Promise.reject(error)
      : Promise.resolve({ numFailures: 1, failures: { 0: error }, lastResult: undefined });
  const table = { name: 'estimates', mutate } as unknown as DBCoreTable;
  const down = { stack: 'dbcore', table: () => table } as unknown as DBCore;
  const core = noSpaceCause.create(down) as DBCore;
  const req = { type: 'put', trans: { error: transactionError }, values: [] };
  return core.table('estimates').mutate(req as unknown as DBCoreMutateRequest);
}

describe('noSpaceCause', () => {
  it('an aborted write fails with the reason the transaction was aborted', async () => {
    const failure = await writeFailingWith(ABORTED, NO_SPACE, 'rejects').catch((e: unknown) => e);
    expect(failure).toBe(NO_SPACE);
    expect(describeStorageError(failure).kind).toBe('quota');
    const reported = await writeFailingWith(ABORTED, NO_SPACE, 'reports');
    expect(reported.failures[0]).toBe(NO_SPACE);
    expect(describeStorageError(reported.failures[0]).kind).toBe('quota');
  });

  it('leaves other failures, and aborts without a reason, as they are', async () => {
    const constraint = new DOMException('Key already exists.', 'ConstraintError');
    await expect(writeFailingWith(constraint, NO_SPACE, 'rejects')).rejects.toBe(constraint);
    await expect(writeFailingWith(ABORTED, null, 'rejects')).rejects.toBe(ABORTED);
    expect((await writeFailingWith(constraint, NO_SPACE, 'reports')).failures[0]).toBe(constraint);
    expect((await writeFailingWith(ABORTED, null, 'reports')).failures[0]).toBe(ABORTED);
  });
});
