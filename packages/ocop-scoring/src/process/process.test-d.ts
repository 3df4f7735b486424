import type { OcopStarLevel } from '@ntm/domain';
import type { IsoDate } from '@ntm/domain/core';
import { describe, expectTypeOf, it } from 'vitest';
import { certificateTimeline } from './certificate-timeline.js';
import type { DossierDueRule, DossierStepStatus } from './dossier-progress.js';
import { processingDeadline } from './processing-deadline.js';
import { recognitionPath } from './recognition-path.js';
import type { OcopIssuerLevel } from './types.js';
import { validateRecognition } from './validate-recognition.js';

describe('process types', () => {
  it('dates come out as IsoDate', () => {
    expectTypeOf(certificateTimeline('2025-06-19').validUntil).toEqualTypeOf<IsoDate>();
    expectTypeOf(processingDeadline('commune-check', '2026-06-01').due).toEqualTypeOf<IsoDate>();
  });

  it('star levels and steps are closed unions', () => {
    expectTypeOf(recognitionPath).parameter(0).toEqualTypeOf<OcopStarLevel>();
    // @ts-expect-error 6 is not a star level
    recognitionPath(6, '2024-01-01');
    // @ts-expect-error no such step
    processingDeadline('district-check', '2026-06-01');
  });

  it('a recogniser may be absent (1–2★, or the flagged July 2025 gap)', () => {
    expectTypeOf(
      recognitionPath(3, '2024-01-01').recognisedBy,
    ).toEqualTypeOf<OcopIssuerLevel | null>();
    expectTypeOf(
      validateRecognition({ stars: 3, issuerLevel: 'district', decidedOn: '2024-01-01' }).verdict,
    ).toEqualTypeOf<'valid' | 'invalid' | 'flagged'>();
  });

  it('due rules are a discriminated set of shapes', () => {
    expectTypeOf<{ before: '2022-10-01' }>().toMatchTypeOf<DossierDueRule>();
    expectTypeOf<{ after: 'a'; limit: 'commune-check' }>().toMatchTypeOf<DossierDueRule>();
    expectTypeOf<{ after: 'a'; limit: 'never' }>().not.toMatchTypeOf<DossierDueRule>();
    expectTypeOf<'late'>().toMatchTypeOf<DossierStepStatus>();
  });
});
