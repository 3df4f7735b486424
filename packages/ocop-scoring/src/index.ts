/**
 * `@ntm/ocop-scoring`: the OCOP scoring engine — version selection, scoring on a sheet, part totals for older
 * versions, star bands — and the evaluation process. The sheets themselves are in `@ntm/ocop-scoring/rubrics`.
 *
 * @packageDocumentation
 */
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
export {
  getOcopVersion,
  OCOP_QD26_EFFECTIVE,
  OCOP_VERSION_IDS,
  OCOP_VERSIONS,
} from './scoring/versions.js';
