/**
 * What every NTM file a user writes (commune facts, a province configuration, a national supplement) may say about
 * itself: the JSON Schema an editor checks it with, and whether it is an example rather than real data.
 *
 * @example
 * ```ts
 * const header: NtmInputFile = { $schema: './commune-facts.schema.json', illustrative: true };
 * ```
 */
export interface NtmInputFile {
  /** Path or URL of the JSON Schema, for editors. */
  readonly $schema?: string;
  /**
   * True for an example, not real data: every result that depends on it is labelled "minh hoạ — không phải số liệu
   * pháp lý / illustrative, not legal values".
   */
  readonly illustrative?: boolean;
}
