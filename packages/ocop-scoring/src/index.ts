/**
 * `@ntm/ocop-scoring`: the OCOP scoring engine — version selection, scoring on a sheet, part totals for older
 * versions, star bands — and the evaluation process. The sheets themselves are in `@ntm/ocop-scoring/rubrics`.
 *
 * @packageDocumentation
 */

// OCOP process (councils, authority by period, certificates, deadlines, progress tables).
export { OCOP_LEVELS, OCOP_PROCESS_PERIODS } from './data/process/authority.js';
export { OCOP_PROCESS_DATA_INFO } from './data/process/data-info.js';
export type { OcopMonthDay, OcopRound, OcopTimeLimit } from './data/process/limits.js';
export { OCOP_TIME_LIMITS } from './data/process/limits.js';
export {
  OCOP_QD26_EFFECTIVE,
  OCOP_TRANSITION,
  OCOP_VERSION_IDS,
  OCOP_VERSIONS,
  OCOP_VERSIONS_DATA_INFO,
} from './data/versions.js';
export type {
  AggregateCouncilOptions,
  CouncilAggregate,
  CouncilMemberTotal,
} from './process/aggregate-council.js';
export { aggregateCouncil } from './process/aggregate-council.js';
export type {
  CertificateTimelineOptions,
  OcopCertificateTimeline,
} from './process/certificate-timeline.js';
export { certificateTimeline } from './process/certificate-timeline.js';
export type {
  DossierDueRule,
  DossierProduct,
  DossierProgressOptions,
  DossierProgressResult,
  DossierStep,
  DossierStepProgress,
  DossierStepStatus,
} from './process/dossier-progress.js';
export { dossierProgress } from './process/dossier-progress.js';
export {
  OCOP_EVALUATION_KIND_LABELS,
  OCOP_LEVEL_LABELS,
  OCOP_STATUS_LABELS,
} from './process/labels.js';
export { processPeriodFor } from './process/process-period.js';
export type {
  OcopProcessingDeadline,
  OcopProcessingStep,
} from './process/processing-deadline.js';
export { processingDeadline } from './process/processing-deadline.js';
export type {
  OcopRecognitionPath,
  OcopRouteStep,
  RecognitionPathOptions,
} from './process/recognition-path.js';
export { recognitionPath } from './process/recognition-path.js';
export type { OcopTransitionDeadline } from './process/transition-deadline.js';
export { transitionDeadline } from './process/transition-deadline.js';
export type {
  OcopIssuerLevel,
  OcopLevelExistence,
  OcopProcessFlag,
  OcopProcessPeriod,
  OcopProcessPeriodId,
  OcopRecognisers,
  OcopStage,
  OcopStageRole,
} from './process/types.js';
export type {
  OcopRecognitionCheck,
  OcopRecognitionDecision,
} from './process/validate-recognition.js';
export { validateRecognition } from './process/validate-recognition.js';
export { checkRubric } from './scoring/check-rubric.js';
export { getOcopVersion } from './scoring/get-version.js';
export type {
  OcopRubricResolution,
  OcopTransition,
  ResolveRubricOptions,
} from './scoring/resolve.js';
export { resolveRubric, versionForDate } from './scoring/resolve.js';
export { scoreAssessment } from './scoring/score-assessment.js';
export type { OcopPartsResult } from './scoring/score-parts.js';
export { scoreParts } from './scoring/score-parts.js';
export type {
  OcopDisqualifierHit,
  OcopMarkerCheck,
  OcopMarkerPolicy,
  OcopScoreResult,
  OcopStarDecision,
  OcopTraceEntry,
  ScoreAssessmentOptions,
} from './scoring/score-result.js';
export type { OcopStarRating } from './scoring/stars.js';
export { displayScore, starsForTotal } from './scoring/stars.js';
