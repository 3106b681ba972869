/**
 * The Quick estimate's answers for each open estimate, kept while the page is open so
 * leaving the Quick estimate and coming back shows them again. Plain data (snapshots).
 */
import { defaultQuickAnswers, type QuickAnswers } from '../../quick';

const saved = new Map<string, QuickAnswers>();

export function answersFor(estimateId: string): QuickAnswers {
  return { ...(saved.get(estimateId) ?? defaultQuickAnswers()) };
}

export function keepAnswers(estimateId: string, answers: QuickAnswers): void {
  saved.set(estimateId, { ...answers });
}
