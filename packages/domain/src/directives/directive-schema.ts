import * as z from 'zod';
import { daysInMonth } from '../dates/iso-date.js';
import { DATE_ERRORS } from '../errors/catalogue/date.js';
import { DIRECTIVE_ERRORS } from '../errors/catalogue/directive.js';
import { LEGAL_ERRORS } from '../errors/catalogue/legal.js';
import { received } from '../errors/describe-value.js';
import { type Result, toResult } from '../errors/result.js';
import { parseDocumentNumber } from '../legal/document-number.js';
import { isoDateSchema } from '../schemas/common.js';
import { createParser, raises, raiseUnless } from '../schemas/zod-issues.js';
import type { DeadlineRule } from './deadline-rule.js';
import type { Directive } from './directive.js';

/*
 * Every object is strict: an unknown field ("deadlne", "assignee") is an error naming it, because a
 * misspelt optional field would otherwise vanish silently from a hand-written file.
 */

const isoDate = isoDateSchema;

const text = z.string().trim().min(1);
const year = z.number().int().min(1).max(9999);
const programme = z.enum(['NTM', 'OCOP']);
const level = z.enum(['central', 'province', 'district', 'commune', 'agency']);
const bilingual = z.strictObject({ vi: text, en: text });

const source = z.strictObject({
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
const reading = z.strictObject({
  id: text,
  status: z.enum(['verified', 'derived', 'unverified']),
  explanation: bilingual,
});
const base = { source: source.exactOptional(), reading };
const dayOfMonth = z.number().int().min(1).max(31);
const count = z.number().int().min(1).max(3650);

const DeadlineRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('before'), date: isoDate, inclusive: z.boolean(), ...base }),
  z.strictObject({ kind: z.literal('by'), date: isoDate, ...base }),
  z.strictObject({
    kind: z.literal('within'),
    period: z.enum(['month', 'quarter', 'year']),
    start: isoDate,
    end: isoDate,
    ...base,
  }),
  z.strictObject({ kind: z.literal('monthly'), day: dayOfMonth, inclusive: z.boolean(), ...base }),
  z.strictObject({
    kind: z.literal('quarterly'),
    day: dayOfMonth,
    monthOfQuarter: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    inclusive: z.boolean(),
    ...base,
  }),
  z.strictObject({ kind: z.literal('from'), date: isoDate, ...base }),
  z.strictObject({
    kind: z.literal('withinDays'),
    days: count,
    after: isoDate.exactOptional(),
    ...base,
  }),
  z.strictObject({
    kind: z.literal('withinWorkingDays'),
    days: count,
    after: isoDate.exactOptional(),
    ...base,
  }),
]) satisfies z.ZodType<DeadlineRule>;

const directiveDate = z
  .strictObject({
    year,
    month: z.number().int().min(1).max(12).exactOptional(),
    day: dayOfMonth.exactOptional(),
  })
  .superRefine((value, ctx) => {
    if (value.day === undefined) return;
    if (value.month === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['month'],
        ...raises(DATE_ERRORS['date/day-without-month']),
      });
    } else if (value.day > daysInMonth(value.year, value.month)) {
      ctx.addIssue({
        code: 'custom',
        path: ['day'],
        ...raises(DATE_ERRORS['date/no-such-day'], {
          year: value.year,
          month: value.month,
          day: value.day,
        }),
      });
    }
  });

// `toResult` rethrows any error that is not a DomainError, so only a refused number fails the check.
const documentNumber = z.string().superRefine(
  raiseUnless(
    (value: string) => toResult(() => parseDocumentNumber(value)).success,
    LEGAL_ERRORS['document-number/invalid'],
    (value) => ({ value: received(value) }),
  ),
);

const citedDocument = z.strictObject({
  number: documentNumber,
  type: text,
  issuer: text,
  issuerName: text.exactOptional(),
  title: bilingual.exactOptional(),
  signed: isoDate.exactOptional(),
  effective: isoDate.exactOptional(),
  article: text.exactOptional(),
  annex: text.exactOptional(),
  sheet: text.exactOptional(),
});

const taskUnit = z.strictObject({
  name: text,
  level,
  count: z.number().int().min(1).exactOptional(),
  targetYears: z.array(year).min(1).exactOptional(),
});

const task = z.strictObject({
  id: text,
  assignees: z.array(text).min(1),
  coordinators: z.array(text).exactOptional(),
  units: z.array(taskUnit).exactOptional(),
  programmes: z.array(programme).min(1),
  action: text,
  reportTo: text.exactOptional(),
  targetYears: z.array(year).min(1).exactOptional(),
  deadline: z
    .strictObject({
      text: text.meta({ description: 'The deadline phrase as written in the directive.' }),
      rule: DeadlineRuleSchema.exactOptional(),
    })
    .exactOptional(),
});

/**
 * The zod schema of a {@link Directive} file. Strict: unknown fields are errors naming the field; dates
 * must exist; task ids must be unique. A `$schema` key (for editors) is accepted and dropped.
 *
 * @example
 * ```ts
 * DirectiveSchema.safeParse(JSON.parse(text)).success;
 * ```
 */
export const DirectiveSchema: z.ZodType<Directive> = z
  .strictObject({
    $schema: z.string().exactOptional(),
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
    type: text,
    number: documentNumber,
    issuer: z.strictObject({
      name: text,
      level,
      province: text.exactOptional(),
      office: text.exactOptional(),
    }),
    place: text.exactOptional(),
    signed: directiveDate.meta({
      description:
        'Date signed; month and day may be left out ("ngày tháng 5 năm 2020" → {"year": 2020, "month": 5}).',
    }),
    receivedOn: isoDate.exactOptional(),
    subject: text,
    programmes: z.array(programme).min(1),
    legalBases: z.array(citedDocument),
    recipients: z.array(text).min(1),
    copiedTo: z.array(text).exactOptional(),
    signer: z.strictObject({ name: text, title: text }).exactOptional(),
    tasks: z.array(task).min(1),
  })
  .meta({
    title: 'Directive (văn bản chỉ đạo)',
    description:
      'A directive as data: issuer, number, date (possibly partial), cited documents, recipients and tasks whose deadlines are kept as written ("trước ngày 05/08/2022", "Ngày 30 hàng tháng") with an optional parsed rule. Unknown fields are errors.',
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.tasks.forEach((item, index) => {
      if (seen.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tasks', index, 'id'],
          ...raises(DIRECTIVE_ERRORS['directive/duplicate-task'], { id: item.id }),
        });
      }
      seen.add(item.id);
    });
  })
  // `$schema` only points editors at the JSON Schema; it is not part of the directive.
  .transform(({ $schema: _editorHint, ...directive }) => directive);

const parser = createParser(DirectiveSchema);

/**
 * Validates a directive file and returns it as a {@link Directive}; throws a `DomainError` with one issue
 * per problem (vi/en), each naming the field.
 *
 * @example
 * ```ts
 * const directive = parseDirective(JSON.parse(readFileSync('examples/directives/tuan-giao-2022.json', 'utf8')));
 * ```
 */
export function parseDirective(input: unknown): Directive {
  return parser.parse(input);
}

/**
 * Like {@link parseDirective} but returns `{ success: true, data }` or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * const result = safeParseDirective({ id: 'x' });
 * if (!result.success) console.log(formatIssues(result.issues, { locale: 'en' }));
 * ```
 */
export function safeParseDirective(input: unknown): Result<Directive> {
  return parser.safeParse(input);
}
