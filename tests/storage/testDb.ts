// Helpers for storage tests: a fresh fake-indexeddb database per test.
import 'fake-indexeddb/auto';
import { EstimatorDb } from '../../src/storage/db';

let counter = 0;

export function freshDbName(): string {
  counter += 1;
  return `test-drafts-${counter}-${Math.random().toString(36).slice(2)}`;
}

export async function openFreshDb(name = freshDbName()): Promise<EstimatorDb> {
  const db = new EstimatorDb(name);
  await db.open();
  return db;
}
