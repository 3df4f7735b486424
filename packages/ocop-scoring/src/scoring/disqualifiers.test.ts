// Disqualifiers ("Hồ sơ bị loại khi …", QĐ 26/2026 sheets; reference §2.5): reported ones once each, the sheet's own
// stop rule (B16: a 0 on a sensory criterion 6.1–6.4 stops the evaluation) only when the assessor did not already stop
// it, and the list of known ids when an unknown one is reported.
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { extremeAnswers } from '../../test/answers.js';
import { QD26_2026_B04 } from '../data/rubrics/generated/qd26-b04.js';
import { QD26_2026_B16 } from '../data/rubrics/generated/qd26-b16.js';
import { QD26_2026_B26 } from '../data/rubrics/generated/qd26-b26.js';
import { scoreAssessment } from './score-assessment.js';

describe('scoreAssessment: disqualifiers', () => {
  it('none reported: rated, nothing disqualifies', () => {
    const r = scoreAssessment(QD26_2026_B04, { criteria: extremeAnswers(QD26_2026_B04, true) });
    expect(r.status).toBe('rated');
    expect(r.disqualifiedBy).toEqual([]);
  });

  it('one reported twice counts once', () => {
    const r = scoreAssessment(QD26_2026_B04, {
      criteria: extremeAnswers(QD26_2026_B04, true),
      disqualifiers: ['sheet', 'sheet'],
    });
    expect(r.disqualifiedBy.map((d) => [d.id, d.effect, d.detected])).toEqual([
      ['sheet', 'excluded', 'reported'],
    ]);
  });

  it('two different ids reported are both listed, in the order given', () => {
    const r = scoreAssessment(QD26_2026_B04, {
      criteria: extremeAnswers(QD26_2026_B04, true),
      disqualifiers: ['2.1', 'sheet'],
    });
    expect(r.disqualifiedBy.map((d) => d.id)).toEqual(['2.1', 'sheet']);
  });

  it('an unknown id lists the sheet’s ids, or a dash when it has none (B26)', () => {
    const unknown = (rubric: typeof QD26_2026_B04) =>
      issuesOf(() =>
        scoreAssessment(rubric, {
          criteria: extremeAnswers(rubric, true),
          disqualifiers: ['nope'],
        }),
      )[0]?.params;
    expect(unknown(QD26_2026_B04)).toEqual({
      rubric: 'QD26_2026-B04',
      received: '"nope"',
      known: 'sheet, 2.1, 6.1',
    });
    expect(unknown(QD26_2026_B26)?.known).toBe('—');
  });

  it('B16: a 0 on 6.4 disqualifies by itself; after a reported one, only the reported one is listed', () => {
    const criteria = { ...extremeAnswers(QD26_2026_B16, true), '6.4': 0 };
    const automatic = scoreAssessment(QD26_2026_B16, { criteria });
    expect(automatic.disqualifiedBy.map((d) => [d.id, d.effect, d.detected])).toEqual([
      ['6.4', 'not-evaluated', 'automatic'],
    ]);
    const reported = scoreAssessment(QD26_2026_B16, { criteria, disqualifiers: ['sheet'] });
    expect(reported.disqualifiedBy.map((d) => [d.id, d.detected])).toEqual([['sheet', 'reported']]);
  });
});
