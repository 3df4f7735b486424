/**
 * The zod-free runtime of the SDK: dates, errors, Vietnamese text keys and legal references, and every type of
 * the vocabulary (none of which mentions zod). Logic packages import from here only, types included, so their
 * declarations type-check in an app without zod.
 *
 * @packageDocumentation
 */

export { deepFreeze } from './data/deep-freeze.js';
export {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayNumberOf,
  daysBetween,
  endOfMonth,
  fromDayNumber,
  toDayNumber,
  weekday,
} from './dates/date-math.js';
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
export { describeValue } from './errors/describe-value.js';
export { DomainError, fail, isDomainError } from './errors/domain-error.js';
export type { Locale } from './errors/format-issues.js';
export { formatIssues, formatPath } from './errors/format-issues.js';
export type { Bilingual, DomainIssue } from './errors/issue.js';
export { createIssue } from './errors/issue.js';
export type { Result } from './errors/result.js';
export { toResult, unwrap } from './errors/result.js';
export type { DocumentNumber } from './legal/document-number.js';
export { parseDocumentNumber } from './legal/document-number.js';
export type { LegalBasis, Validity } from './legal/legal-basis.js';
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
  NtmSetLevel,
  NtmThresholdCell,
  NtmThresholdKey,
  ProvinceCommuneLevel,
  ProvinceCriterionLevel,
  ProvinceLevelRequirement,
  ProvinceOutcomeLevels,
} from './ntm/criteria-set.js';
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
