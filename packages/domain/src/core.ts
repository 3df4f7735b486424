/**
 * The zod-free runtime of the SDK: dates, errors, Vietnamese text keys and legal references, and every type of
 * the vocabulary (none of which mentions zod). Logic packages import from here only, types included, so their
 * declarations type-check in an app without zod.
 *
 * @packageDocumentation
 */

export type { DataInfo, DataInfoStatus, DataSource } from './data/data-info.js';
export { deepFreeze } from './data/deep-freeze.js';
export * from './dates/date-math.js';
export type { DateInput, DateParts, IsoDate } from './dates/iso-date.js';
export {
  daysInMonth,
  fromDateParts,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  toDateParts,
} from './dates/iso-date.js';
export type { PartialDate } from './dates/vietnamese-date.js';
export { parseVietnameseDate } from './dates/vietnamese-date.js';
export type {
  DeadlineBefore,
  DeadlineBy,
  DeadlineFrom,
  DeadlineMonthly,
  DeadlineQuarterly,
  DeadlineReading,
  DeadlineReadingStatus,
  DeadlineRule,
  DeadlineRuleBase,
  DeadlineSource,
  DeadlineWithin,
  DeadlineWithinDays,
  DeadlineWithinWorkingDays,
} from './directives/deadline-rule.js';
export type {
  CitedDocument,
  Directive,
  DirectiveDate,
  DirectiveIssuer,
  DirectiveSigner,
  DirectiveTask,
  Programme,
  TaskDeadline,
  TaskUnit,
  UnitLevel,
} from './directives/directive.js';
export { ERROR_CATALOGUE } from './errors/catalogue/all.js';
export { CALENDAR_ERRORS } from './errors/catalogue/calendar.js';
export { CLI_ERRORS } from './errors/catalogue/cli.js';
export type { NtmErrorCode } from './errors/catalogue/codes.js';
export { CRITERIA_ERRORS } from './errors/catalogue/criteria.js';
export { DATE_ERRORS } from './errors/catalogue/date.js';
export { DEADLINES_ERRORS } from './errors/catalogue/deadlines.js';
export { DIRECTIVE_ERRORS } from './errors/catalogue/directive.js';
export { ICS_ERRORS } from './errors/catalogue/ics.js';
export { INPUT_ERRORS } from './errors/catalogue/input.js';
export { LEGAL_ERRORS } from './errors/catalogue/legal.js';
export {
  OCOP_ERRORS,
  OCOP_PROCESS_ERRORS,
  OCOP_SCORING_ERRORS,
} from './errors/catalogue/ocop.js';
export { PERIOD_ERRORS } from './errors/catalogue/period.js';
export { UNITS_ERRORS } from './errors/catalogue/units.js';
export * from './errors/define-errors.js';
export { describeValue, received } from './errors/describe-value.js';
export { DomainError, fail, isDomainError } from './errors/domain-error.js';
export type { Locale } from './errors/format-issues.js';
export { formatIssues, formatPath } from './errors/format-issues.js';
export type { Bilingual, DomainIssue, IssuePath } from './errors/issue.js';
export { createIssue, issueOf } from './errors/issue.js';
export type { Result } from './errors/result.js';
export { toResult, unwrap } from './errors/result.js';
export type { DocumentNumber } from './legal/document-number.js';
export { parseDocumentNumber } from './legal/document-number.js';
export { expectLegalBasis } from './legal/expect-legal-basis.js';
export type { LegalBasis, LegalVersion, Validity } from './legal/legal-basis.js';
export { isInForce } from './legal/legal-basis.js';
export type {
  CommuneFacts,
  NtmCommuneRef,
  NtmFactValue,
  NtmMeasuredValue,
} from './ntm/commune-facts.js';
export type {
  NtmCommuneFlags,
  NtmCommuneGroup,
  NtmCriteriaSet,
  NtmCriterion,
  NtmDataStatus,
  NtmDirection,
  NtmIndicator,
  NtmIndicatorType,
  NtmProvenance,
  NtmRegion,
  NtmRegionOverrideRule,
  NtmReplacement,
  NtmSetLevel,
  NtmSupplementRecord,
  NtmSupplyMark,
  NtmThresholdCell,
  NtmThresholdKey,
  ProvinceCommuneLevel,
  ProvinceCriterionLevel,
  ProvinceLevelRequirement,
  ProvinceOutcomeLevels,
} from './ntm/criteria-set.js';
export type { NtmInputFile } from './ntm/input-file.js';
export type {
  NationalSupplement,
  NationalSupplementCell,
  NationalSupplementIndicator,
  NationalSupplementSource,
  NationalSupplementText,
  NationalSupplementThreshold,
} from './ntm/national-supplement.js';
export type {
  ProvinceAddedIndicator,
  ProvinceCriteriaConfig,
  ProvinceThresholdEntry,
} from './ntm/province-config.js';
export type {
  OcopAnswer,
  OcopAnswers,
  OcopAssessment,
  OcopCaseAnswer,
  OcopEvaluationKind,
} from './ocop/assessment.js';
export type {
  OcopCase,
  OcopCasesCriterion,
  OcopChoiceCriterion,
  OcopCriterion,
  OcopCriterionGroup,
  OcopDataStatus,
  OcopDisqualifier,
  OcopHeading,
  OcopMinimum,
  OcopOption,
  OcopPart,
  OcopPartKey,
  OcopParts,
  OcopProductSet,
  OcopRubric,
  OcopSection,
  OcopStarBand,
  OcopStarLevel,
  OcopTaxon,
  OcopTaxonomy,
  OcopVersion,
  OcopVersionId,
  OcopYesNoCriterion,
} from './ocop/rubric.js';
export { nameKey, normalizeVietnamese, searchKey } from './text/normalize.js';
export * from './validation/checks.js';
export * from './validation/guards.js';
export type { ExpectedKind } from './validation/kind-words.js';
export { expectedKind } from './validation/kind-words.js';
