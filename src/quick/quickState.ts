/**
 * The Quick estimate kept in the estimate file, and Details driving the scheme: writing a
 * guided build into an estimate, telling whether its lines were edited by hand since, and
 * re-running the build when the homes, heating, EV chargers or capacity change in Details.
 * Pure: works on a plain EstimateFile (the editor's edit callback passes its draft).
 */
import type { IsoDate } from '../engine/types';
import type { EstimateFile, ProjectDetails } from '../estimate-file/types';
import type { StatementFile } from '../statements/types';
import { buildQuickEstimate, defaultQuickAnswers } from './buildQuickEstimate';
import { linesFingerprint } from './linesFingerprint';
import type { QuickAnswers, QuickBuild, QuickField, QuickState } from './types';

/** The answers the file holds, or the defaults for an estimate never built by the Quick estimate. */
export function quickAnswersOf(file: EstimateFile): QuickAnswers {
  return { ...defaultQuickAnswers(), ...(file.quick?.answers ?? {}) };
}

/**
 * Write a build into the estimate: the connection and Minimum Scheme (keeping the user's
 * choice of rule set), the project details it sets, and the answers with the fingerprint of
 * the lines written, so a later rebuild knows whether they were edited by hand.
 */
export function writeQuickBuild(
  file: EstimateFile,
  answers: QuickAnswers,
  build: QuickBuild,
): void {
  file.inputs = {
    ...structuredClone(build.inputs),
    ruleSetOverride: file.inputs.ruleSetOverride ?? null,
  };
  Object.assign(file.project, structuredClone(build.project));
  file.source = null;
  file.quick = { answers: { ...answers }, builtFingerprint: linesFingerprint(file.inputs) };
}

/**
 * Whether the Minimum Scheme holds lines the guided build did not write as they are now:
 * edited by hand after a build, or never built by it (a template, lines typed in the grid).
 * An empty scheme has nothing to lose.
 */
export function linesEditedByHand(file: EstimateFile): boolean {
  if (file.inputs.schemes.minimum.lines.length === 0) return false;
  const built = file.quick?.builtFingerprint ?? null;
  return built === null || built !== linesFingerprint(file.inputs);
}

/** What the user changed in Details that the guided build reads. */
export type DetailsChange = 'homes' | 'heating' | 'ev' | 'capacity';

const HEATING_FROM_DETAILS: Record<ProjectDetails['heating'], QuickAnswers['heating']> = {
  'non-electric': 'gas',
  electric: 'direct-electric',
  'heat-pump': 'heat-pump',
  unknown: 'unknown',
};

/**
 * The answers as the Details now say: the number of homes and their heating (for homes),
 * an EV charger per home (Details shows the answer itself), and the Required Capacity as the
 * user's own figure when that is what changed. A change to the homes or heating lets the
 * capacity follow them again (the user's own figure is dropped).
 */
export function answersFromDetails(
  file: EstimateFile,
  change: DetailsChange,
  evPerHome?: QuickAnswers['evPerHome'],
): QuickAnswers {
  const base = quickAnswersOf(file);
  const answers: QuickAnswers = { ...base };
  if (file.project.premisesType === 'domestic') {
    answers.kind = 'homes';
    answers.homes = String(file.project.connections);
    // The build writes "heat-pump" for "I don't know" (its assumption): keep the answer.
    const heating = HEATING_FROM_DETAILS[file.project.heating];
    const keepUnknown =
      file.quick && base.heating === 'unknown' && heating === 'heat-pump' && change !== 'heating';
    if (!keepUnknown) answers.heating = heating;
  }
  if (change === 'ev' && evPerHome) answers.evPerHome = evPerHome;
  if (change === 'capacity') answers.capacityOverrideKva = file.inputs.connection.importCapacityKva;
  else answers.capacityOverrideKva = '';
  return answers;
}

export type DetailsSync =
  /** The estimate was not built by the Quick estimate, or the change does not affect it. */
  | { kind: 'none' }
  /** Rebuilt in place: the lines had not been edited by hand. */
  | { kind: 'rebuilt'; message: string }
  /** Not rebuilt: the user must say whether hand-edited lines may be replaced. */
  | { kind: 'ask'; answers: QuickAnswers }
  /** The answers as the Details now say cannot be built (e.g. a capacity being typed). */
  | { kind: 'invalid'; errors: QuickField[] };

/**
 * After a Details edit (applied to `file` already): re-run the guided build from the
 * answers as the Details now say. Lines the build wrote and nobody touched are replaced in
 * the same edit; hand-edited lines are kept and the answers wait in `pendingAnswers` until
 * the user says (askRebuild / rebuildFromPending / keepLines).
 */
export function syncFromDetails(
  file: EstimateFile,
  statement: StatementFile | null,
  today: IsoDate,
  change: DetailsChange,
  evPerHome?: QuickAnswers['evPerHome'],
): DetailsSync {
  if (!file.quick || !statement) return { kind: 'none' };
  // A capacity box being cleared to type a new figure is not a new figure yet.
  if (change === 'capacity' && file.inputs.connection.importCapacityKva.trim() === '')
    return { kind: 'none' };
  const answers = answersFromDetails(file, change, evPerHome);
  if (linesEditedByHand(file)) {
    file.quick = { ...file.quick, pendingAnswers: answers };
    return { kind: 'ask', answers };
  }
  const outcome = buildQuickEstimate(answers, statement, { today });
  if (!outcome.ok) {
    // Keep the new answer (EV, homes) so it is not lost; the lines stay as built.
    if (change === 'ev')
      file.quick = {
        ...file.quick,
        answers: { ...file.quick.answers, evPerHome: answers.evPerHome },
      };
    return { kind: 'invalid', errors: outcome.errors };
  }
  const before = file.inputs.schemes.minimum.lines.length;
  writeQuickBuild(file, answers, outcome.build);
  return {
    kind: 'rebuilt',
    message: `The scheme was rebuilt from these details: ${outcome.build.capacity.kva} kVA, ${file.inputs.schemes.minimum.lines.length} lines (were ${before}). Undo brings back the previous scheme.`,
  };
}

/** The waiting answers from Details, built into the estimate, replacing the lines. */
export function rebuildFromPending(
  file: EstimateFile,
  statement: StatementFile,
  today: IsoDate,
): { ok: true } | { ok: false; errors: QuickField[] } {
  const answers = file.quick?.pendingAnswers;
  if (!answers) return { ok: true };
  const outcome = buildQuickEstimate(answers, statement, { today });
  if (!outcome.ok) return { ok: false, errors: outcome.errors };
  writeQuickBuild(file, answers, outcome.build);
  return { ok: true };
}

/**
 * Keep the hand-edited lines: the answers follow the Details, the lines stay as they are (the
 * Details mismatch warnings then say where they no longer match).
 */
export function keepLines(file: EstimateFile): void {
  const q = file.quick;
  if (!q?.pendingAnswers) return;
  file.quick = { answers: q.pendingAnswers, builtFingerprint: q.builtFingerprint };
}

/** Set one Quick answer in the file, keeping what the build last wrote. */
export function setQuickAnswer<K extends keyof QuickAnswers>(
  file: EstimateFile,
  field: K,
  value: QuickAnswers[K],
): void {
  const state: QuickState = file.quick ?? {
    answers: defaultQuickAnswers(),
    builtFingerprint: null,
  };
  file.quick = { ...state, answers: { ...state.answers, [field]: value } };
}
