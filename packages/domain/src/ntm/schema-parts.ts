import * as z from 'zod';
import { INPUT_ERRORS } from '../errors/catalogue/input.js';
import { received } from '../errors/describe-value.js';
import { raises, raiseUnless } from '../schemas/zod-issues.js';
import { FORBIDDEN_KEYS } from '../validation/guards.js';

/*
 * Building blocks of the hand-authored NTM files (province configuration, commune facts, national supplement): they
 * are untrusted, so keys of free-form maps must be NFC and may not be `__proto__`/`constructor`/`prototype`, text is
 * NFC and numbers are finite.
 */

/** Non-empty text. */
export const text = z.string().trim().min(1);
/** Non-empty NFC text. */
export const nfcText = text.superRefine(
  raiseUnless(
    (value: string) => value === value.normalize('NFC'),
    INPUT_ERRORS['text/not-nfc'],
    (value) => ({ received: received(value) }),
  ),
);
/** `{ vi, en }`, the Vietnamese in NFC. */
export const bilingual = z.strictObject({ vi: nfcText, en: text });
/** A finite number (zod's number already refuses NaN and ±Infinity, reported as `number/not-finite`). */
export const finite = z.number();
/** A year 1900–2100. */
export const year = z.number().int().min(1900).max(2100);
/** A code used as a key: not blank, NFC, never a prototype key. */
// A code of spaces is empty, as the engines' `expectKey` says (`min(1)` lets it through), and is found before the
// length, in the guards' order.
export const code = z
  .string()
  .min(1)
  .superRefine(
    raiseUnless(
      (value: string) => value === '' || value.trim() !== '',
      INPUT_ERRORS['input/empty'],
    ),
  )
  .max(32)
  .superRefine(
    raiseUnless(
      (value: string) => !FORBIDDEN_KEYS.includes(value),
      INPUT_ERRORS['key/forbidden'],
      (key) => ({
        key,
      }),
    ),
  )
  .superRefine(
    raiseUnless(
      (value: string) => value === value.normalize('NFC'),
      INPUT_ERRORS['key/not-nfc'],
      (key) => ({ key }),
    ),
  );
// zod drops an own `__proto__` key of a record silently (to protect the prototype); report it instead.
/** A record keyed by codes. */
export function safeRecord<V extends z.ZodType>(value: V) {
  return z.preprocess(
    (input, ctx) => {
      if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
        ctx.addIssue({
          code: 'custom',
          path: ['__proto__'],
          ...raises(INPUT_ERRORS['key/forbidden'], { key: '__proto__' }),
        });
      }
      return input;
    },
    z.record(code, value),
  );
}

/** How an indicator is measured. */
export const indicatorType = z.enum(['boolean', 'percent', 'number', 'absence']);
/** Minimum or maximum. */
export const direction = z.enum(['>=', '<=']);
