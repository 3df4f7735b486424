/**
 * `@ntm/criteria`: the NTM criteria engine — pick the set in force, evaluate a commune ("đạt x/19"), localise a
 * national set with a province's configuration and outcome levels, summarise and plan. The sets themselves are in
 * `@ntm/criteria/sets`.
 *
 * @packageDocumentation
 */
export type { NtmFacts } from './engine/evaluate-commune.js';
export { evaluateCommune } from './engine/evaluate-commune.js';
export type {
  NtmCommuneEvaluation,
  NtmCriterionCounts,
  NtmCriterionResult,
  NtmEvaluationContext,
  NtmGap,
  NtmIndicatorResult,
  NtmKeyChoice,
  NtmMissingThreshold,
  NtmOutcome,
  NtmProvincialLevel,
  NtmProvincialOutcome,
  NtmStatus,
} from './engine/evaluation.js';
export {
  NTM_OUTCOME_LABELS,
  NTM_ROADMAP_LABELS,
  NTM_STATUS_LABELS,
} from './engine/labels.js';
export { localizeCriteriaSet } from './engine/localize-criteria-set.js';
export type { NtmMissingValue } from './engine/missing-thresholds.js';
export { listMissingThresholds } from './engine/missing-thresholds.js';
export type {
  CriteriaSetQuery,
  ResolveCriteriaSetOptions,
} from './engine/resolve-criteria-set.js';
export { resolveCriteriaSet } from './engine/resolve-criteria-set.js';
export type {
  NtmCommuneRoadmap,
  NtmRoadmapItem,
  NtmRoadmapStatus,
  NtmRoadmapStep,
  NtmRoadmapTarget,
  NtmRoadmapUnknown,
} from './engine/roadmap.js';
export { roadmap } from './engine/roadmap.js';
export type {
  NtmSummary,
  NtmSummaryBuilder,
  NtmSummaryGroup,
  SummarizeOptions,
} from './engine/summarize.js';
export { createSummary, summarize } from './engine/summarize.js';
export { citationOf, ILLUSTRATIVE_VALUES, supplyLabel } from './engine/supplement/supply-label.js';
export { supplementCriteriaSet } from './engine/supplement-criteria-set.js';
