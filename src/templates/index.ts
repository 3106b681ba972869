/**
 * Every estimate template the app ships: blank starters and the worked examples of the
 * charging statements (001 §5, 002 Schedule 4) for "Start from a worked example". Each is
 * an estimate file; `load()` imports it on demand (so the files stay out of the main bundle)
 * and validates it against the estimate-file schema.
 */
import type { EstimateFile } from '../estimate-file/types';

/** A blank starter, or a worked example of its statement (grouped by `statementId`). */
export type TemplateGroup = 'starter' | 'worked-example';

export interface TemplateInfo {
  /** The template file's `id`. */
  id: string;
  title: string;
  /** Where the worked example is in its document, e.g. "001 §5 Ex 8C"; null for starters. */
  citation: string | null;
  group: TemplateGroup;
  statementId: string;
  /** Imports and validates the template; give the copy a fresh id before saving it. */
  load: () => Promise<EstimateFile>;
}

type JsonModule = { default: unknown };

function entry(
  info: Omit<TemplateInfo, 'load'> & { load: () => Promise<JsonModule> },
): TemplateInfo {
  return {
    ...info,
    load: async () => {
      // The schema (zod) is loaded with the template, not with the first screen.
      const [{ estimateFileSchema, asEstimateFile }, json] = await Promise.all([
        import('../estimate-file/schema'),
        info.load(),
      ]);
      return asEstimateFile(estimateFileSchema.parse(json.default));
    },
  };
}

export const TEMPLATES: readonly TemplateInfo[] = [
  entry({
    id: 'starter-single-house',
    title: 'Starter: a single house',
    citation: null,
    group: 'starter',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./starters/starter-single-house.json'),
  }),
  entry({
    id: 'starter-housing-development',
    title: 'Starter: a housing development of 30 homes',
    citation: null,
    group: 'starter',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./starters/starter-housing-development.json'),
  }),
  entry({
    id: 'starter-commercial-lv',
    title: 'Starter: a commercial LV supply (120 kVA)',
    citation: null,
    group: 'starter',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./starters/starter-commercial-lv.json'),
  }),
  entry({
    id: 'starter-hv-generator',
    title: 'Starter: a 1 MW generator at HV',
    citation: null,
    group: 'starter',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./starters/starter-hv-generator.json'),
  }),
  entry({
    id: 'ipr-ex-01',
    title: '001 Ex 1: new connection to a domestic premises',
    citation: '001 §5 Ex 1',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-01.json'),
  }),
  entry({
    id: 'ipr-ex-02a',
    title: '001 Ex 2A: housing development of 200 homes',
    citation: '001 §5 Ex 2A',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-02a.json'),
  }),
  entry({
    id: 'ipr-ex-02b-a',
    title: '001 Ex 2B A: LV interconnection requested by the customer (Exception 2)',
    citation: '001 §5 Ex 2B A',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-02b-a.json'),
  }),
  entry({
    id: 'ipr-ex-02b-b',
    title: '001 Ex 2B B: LV interconnection requested by the operator (no exception)',
    citation: '001 §5 Ex 2B B',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-02b-b.json'),
  }),
  entry({
    id: 'ipr-ex-02b-c',
    title:
      '001 Ex 2B C: operator-requested interconnection with little prospect of use (Exception 1)',
    citation: '001 §5 Ex 2B C',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-02b-c.json'),
  }),
  entry({
    id: 'ipr-ex-03a',
    title: '001 Ex 3A: commercial premises, substation teed onto the HV network',
    citation: '001 §5 Ex 3A',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-03a.json'),
  }),
  entry({
    id: 'ipr-ex-03b',
    title: '001 Ex 3B: customer requests a looped connection (Enhanced Scheme)',
    citation: '001 §5 Ex 3B',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-03b.json'),
  }),
  entry({
    id: 'ipr-ex-03c',
    title: '001 Ex 3C: operator requests a looped connection (Enhanced Scheme)',
    citation: '001 §5 Ex 3C',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-03c.json'),
  }),
  entry({
    id: 'ipr-ex-03d',
    title: '001 Ex 3D: Minimum Scheme is a looped connection',
    citation: '001 §5 Ex 3D',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-03d.json'),
  }),
  entry({
    id: 'ipr-ex-04',
    title: '001 Ex 4: additional load for commercial premises (200 kVA to 850 kVA)',
    citation: '001 §5 Ex 4',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-04.json'),
  }),
  entry({
    id: 'ipr-ex-05',
    title: '001 Ex 5: embedded generator with Security and Fault Level CAFs',
    citation: '001 §5 Ex 5',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-05.json'),
  }),
  entry({
    id: 'ipr-ex-06',
    title: '001 Ex 6: mixed housing and commercial development (18 MVA)',
    citation: '001 §5 Ex 6',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-06.json'),
  }),
  entry({
    id: 'ipr-ex-07a',
    title: '001 Ex 7A: 3 MVA generator, fault-level-triggered Reinforcement',
    citation: '001 §5 Ex 7A',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-07a.json'),
  }),
  entry({
    id: 'ipr-ex-07b',
    title: '001 Ex 7B: 3 MVA generator, switchgear extension not possible (Exception 4)',
    citation: '001 §5 Ex 7B',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-07b.json'),
  }),
  entry({
    id: 'ipr-ex-08a',
    title: '001 Ex 8A: housing development with network Reinforcement',
    citation: '001 §5 Ex 8A',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-08a.json'),
  }),
  entry({
    id: 'ipr-ex-08b',
    title: '001 Ex 8B: housing development with on-site network length (Exception 5)',
    citation: '001 §5 Ex 8B',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-08b.json'),
  }),
  entry({
    id: 'ipr-ex-08c',
    title: '001 Ex 8C: housing development with remote network Reinforcement',
    citation: '001 §5 Ex 8C',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-08c.json'),
  }),
  entry({
    id: 'ipr-ex-08d',
    title: '001 Ex 8D: housing development with load transfer',
    citation: '001 §5 Ex 8D',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-08d.json'),
  }),
  entry({
    id: 'ipr-ex-09',
    title: '001 Ex 9a/9b: Minimum Scheme and an operator-requested Enhanced Scheme',
    citation: '001 §5 Ex 9a, 9b',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-09.json'),
  }),
  entry({
    id: 'ipr-ex-09c',
    title: '001 Ex 9c: operator-requested Enhanced Scheme costing more',
    citation: '001 §5 Ex 9c',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-09c.json'),
  }),
  entry({
    id: 'ipr-ex-10',
    title: '001 Ex 10: commercial premises on a meshed 11kV network',
    citation: '001 §5 Ex 10',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-10.json'),
  }),
  entry({
    id: 'ipr-ex-11',
    title: '001 Ex 11: non-secure generator connection with non-secure Reinforcement',
    citation: '001 §5 Ex 11',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-11.json'),
  }),
  entry({
    id: 'ipr-ex-12',
    title: '001 Ex 12: non-secure connection with secure Reinforcement',
    citation: '001 §5 Ex 12',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-12.json'),
  }),
  entry({
    id: 'ipr-ex-13',
    title: '001 Ex 13: secure connection with secure Reinforcement',
    citation: '001 §5 Ex 13',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-13.json'),
  }),
  entry({
    id: 'ipr-ex-14',
    title: "001 Ex 14: Reinforcement on another distributor's network",
    citation: '001 §5 Ex 14',
    group: 'worked-example',
    statementId: 'ipr-v1.7-2025',
    load: () => import('./worked-examples/ipr-ex-14.json'),
  }),
  entry({
    id: 'spm-s4-1-ex-1',
    title: '002 Sch 4 §4.1 Ex 1: single customer, large LV network supply',
    citation: '002 Sch 4 §4.1 Ex 1',
    group: 'worked-example',
    statementId: 'spm-2008',
    load: () => import('./worked-examples/spm-s4-1-ex-1.json'),
  }),
  entry({
    id: 'spm-s4-1-ex-2',
    title: '002 Sch 4 §4.1 Ex 2: two customers for large LV supplies',
    citation: '002 Sch 4 §4.1 Ex 2',
    group: 'worked-example',
    statementId: 'spm-2008',
    load: () => import('./worked-examples/spm-s4-1-ex-2.json'),
  }),
  entry({
    id: 'spm-s4-1-ex-3',
    title: '002 Sch 4 §4.1 Ex 3: single customer, large LV substation supply',
    citation: '002 Sch 4 §4.1 Ex 3',
    group: 'worked-example',
    statementId: 'spm-2008',
    load: () => import('./worked-examples/spm-s4-1-ex-3.json'),
  }),
  entry({
    id: 'spm-s4-1-ex-4',
    title: '002 Sch 4 §4.1 Ex 4: single customer, LV network supply across the road',
    citation: '002 Sch 4 §4.1 Ex 4',
    group: 'worked-example',
    statementId: 'spm-2008',
    load: () => import('./worked-examples/spm-s4-1-ex-4.json'),
  }),
  entry({
    id: 'spm-s4-1-ex-5',
    title: '002 Sch 4 §4.1 Ex 5: single customer, EHV substation supply',
    citation: '002 Sch 4 §4.1 Ex 5',
    group: 'worked-example',
    statementId: 'spm-2008',
    load: () => import('./worked-examples/spm-s4-1-ex-5.json'),
  }),
  entry({
    id: 'spm-s4-2-ex-1',
    title: '002 Sch 4 §4.2 Ex 1: adopted primary substation, 33kV point of connection',
    citation: '002 Sch 4 §4.2 Ex 1',
    group: 'worked-example',
    statementId: 'spm-2008',
    load: () => import('./worked-examples/spm-s4-2-ex-1.json'),
  }),
  entry({
    id: 'spm-s4-2-ex-2',
    title: '002 Sch 4 §4.2 Ex 2: upgrade in supply (1 MVA to 1.5 MVA)',
    citation: '002 Sch 4 §4.2 Ex 2',
    group: 'worked-example',
    statementId: 'spm-2008',
    load: () => import('./worked-examples/spm-s4-2-ex-2.json'),
  }),
  entry({
    id: 'spm-s4-2-ex-3',
    title: '002 Sch 4 §4.2 Ex 3: licensed 300 kVA connection',
    citation: '002 Sch 4 §4.2 Ex 3',
    group: 'worked-example',
    statementId: 'spm-2008',
    load: () => import('./worked-examples/spm-s4-2-ex-3.json'),
  }),
  entry({
    id: 'spm-s4-2-ex-4',
    title: '002 Sch 4 §4.2 Ex 4: adopted housing site, 400 kVA',
    citation: '002 Sch 4 §4.2 Ex 4',
    group: 'worked-example',
    statementId: 'spm-2008',
    load: () => import('./worked-examples/spm-s4-2-ex-4.json'),
  }),
];

export function findTemplate(id: string): TemplateInfo | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
