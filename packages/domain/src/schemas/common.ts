import * as z from 'zod';
import { type IsoDate, isIsoDate } from '../dates/iso-date.js';
import { DATE_ERRORS } from '../errors/catalogue/date.js';
import { INPUT_ERRORS } from '../errors/catalogue/input.js';
import { received } from '../errors/describe-value.js';
import type { LegalBasis } from '../legal/legal-basis.js';
import { raiseUnless } from './zod-issues.js';

/*
 * Building blocks shared by the hand-authored formats (directives, OCOP files, NTM files), so a date or a legal
 * reference is validated, and reported, the same way in every file.
 */

/** An existing calendar date written `YYYY-MM-DD`, as an {@link IsoDate}. */
export const isoDateSchema: z.ZodType<IsoDate, string> = z
  .string()
  .superRefine(
    raiseUnless(isIsoDate, DATE_ERRORS['date/invalid'], (value) => ({ value: received(value) })),
  )
  .transform((value) => value as IsoDate);

// Legal text is compared and shown as written: it must be NFC, as every other text the SDK reads.
const text = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .superRefine(
    raiseUnless(
      (value: string) => value === value.normalize('NFC'),
      INPUT_ERRORS['text/not-nfc'],
      (value) => ({ received: received(value) }),
    ),
  );

/** A {@link LegalBasis}: the document a rule comes from. */
export const legalBasisSchema: z.ZodType<LegalBasis> = z.strictObject({
  number: text,
  type: text,
  issuer: text,
  title: z.strictObject({ vi: text, en: text }).exactOptional(),
  signed: isoDateSchema.exactOptional(),
  effective: isoDateSchema.exactOptional(),
  article: text.exactOptional(),
  annex: text.exactOptional(),
  sheet: text.exactOptional(),
});
