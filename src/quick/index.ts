/** The guided Quick estimate: plain answers + a statement → estimate inputs, and reinforcement scenarios. */
export * from './types';
export {
  buildQuickEstimate,
  defaultQuickAnswers,
  notices,
  QUICK_STATEMENT_PREFIXES,
} from './buildQuickEstimate';
export { quickCapacity, readNumber } from './quickCapacity';
export {
  reinforcementScenarios,
  type ReinforcementScenario,
  type ScenarioId,
} from './reinforcementScenarios';
export { CAPACITY_FIGURES, NOTIFY_ROUTES, type CitedFigure } from './capacityFigures';
export { ILLUSTRATIVE_COSTS, SCENARIO_NETWORK } from './illustrativeCosts';
export { ILLUSTRATIVE_NOTE } from './statementLines';
export { linesFingerprint } from './linesFingerprint';
export {
  answersFromDetails,
  keepLines,
  linesEditedByHand,
  quickAnswersOf,
  rebuildFromPending,
  setQuickAnswer,
  syncFromDetails,
  writeQuickBuild,
  type DetailsChange,
  type DetailsSync,
} from './quickState';
