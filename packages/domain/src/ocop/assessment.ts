/**
 * The answer to one criterion: an option index (0-based, sheet order) for a choice criterion, `true`/`false` for a
 * yes/no criterion, `{ case, option }` for a criterion with alternative cases.
 *
 * @example
 * ```ts
 * const answers: OcopAnswer[] = [2, true, { case: 'a', option: 1 }];
 * ```
 */
export type OcopAnswer = number | boolean | OcopCaseAnswer;

/**
 * The answer to a criterion with alternative cases.
 *
 * @remarks "Lựa chọn một trong hai trường hợp sau".
 * @example
 * ```ts
 * const a: OcopCaseAnswer = { case: 'b', option: 0 };
 * ```
 */
export interface OcopCaseAnswer {
  /** Case id (`a`, `b`). */
  readonly case: string;
  /** Option index within the case (0-based). */
  readonly option: number;
}

/**
 * What an assessor ticked on one sheet: one answer per criterion code, and the disqualifiers found.
 *
 * @example
 * ```ts
 * const answers: OcopAnswers = { rubric: 'QD26_2026-B04', criteria: { '1.1': 2, '2.4': true }, disqualifiers: [] };
 * ```
 */
export interface OcopAnswers {
  /** Id of the sheet the answers were written for; checked against the rubric when present. */
  readonly rubric?: string;
  /** One answer per leaf criterion code. */
  readonly criteria: Readonly<Record<string, OcopAnswer>>;
  /** Ids of the rubric's disqualifiers that apply (e.g. `sheet`, `1.1`). */
  readonly disqualifiers?: readonly string[];
}

/**
 * The kind of evaluation a dossier asks for.
 *
 * @remarks `first` = lần đầu, `upgrade` = nâng hạng, `re-evaluation` = phân hạng lại / đánh giá lại.
 * @example
 * ```ts
 * const kind: OcopEvaluationKind = 'upgrade';
 * ```
 */
export type OcopEvaluationKind = 'first' | 'upgrade' | 're-evaluation';

/**
 * The hand-authored OCOP assessment file (`ocop-assessment.json`): one product, one evaluator's answers.
 *
 * @remarks Phiếu đánh giá sản phẩm OCOP.
 * @example
 * ```ts
 * const file: OcopAssessment = {
 *   product: { name: 'Mật ong bạc hà Mèo Vạc' },
 *   productSet: 'B04',
 *   submittedOn: '2026-06-10',
 *   kind: 'first',
 *   criteria: { '1.1': 2 },
 *   disqualifiers: [],
 * };
 * ```
 */
export interface OcopAssessment extends OcopAnswers {
  /** The product assessed. */
  readonly product: {
    /** Product name (tên sản phẩm). */
    readonly name: string;
    /** Product code `T-X-STT-year` (mã số sản phẩm), when issued. */
    readonly code?: string;
    /** Producer (chủ thể OCOP). */
    readonly producer?: string;
  };
  /** Product set code `B01` … `B26`. */
  readonly productSet: string;
  /** Date the dossier was submitted (YYYY-MM-DD); selects the version of the rules. */
  readonly submittedOn: string;
  /** First evaluation, upgrade or re-evaluation. */
  readonly kind: OcopEvaluationKind;
  /** Evaluator's name (người đánh giá). */
  readonly evaluator?: string;
}
