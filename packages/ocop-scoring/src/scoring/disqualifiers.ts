import type { DomainIssue, OcopDisqualifier, OcopRubric } from '@ntm/domain/core';
import { expectArray, issueOf, OCOP_SCORING_ERRORS, received, toResult } from '@ntm/domain/core';
import { isDisqualifier, malformed } from './rubric-guard.js';
import type { OcopDisqualifierHit, OcopTraceEntry } from './score-result.js';

/**
 * The disqualifiers the assessor reported, by id, each once; unknown ids become issues (the call then throws them
 * with the answers' other problems).
 */
export function reportedDisqualifiers(
  rubric: OcopRubric,
  ids: readonly string[] | undefined,
  issues: DomainIssue[],
): OcopDisqualifierHit[] {
  if (ids === undefined) return [];
  const list = toResult(() => expectArray(ids, ['disqualifiers']));
  if (!list.success) {
    issues.push(...list.issues);
    return [];
  }
  const hits: OcopDisqualifierHit[] = [];
  for (const [index, id] of ids.entries()) {
    const found = rubric.disqualifiers.find((d) => d.id === id);
    if (!found) {
      issues.push(
        issueOf(OCOP_SCORING_ERRORS['ocop/unknown-disqualifier'], ['disqualifiers', index], {
          rubric: rubric.id,
          received: received(id),
          known: rubric.disqualifiers.map((d) => d.id).join(', ') || '—',
        }),
      );
    } else if (!isDisqualifier(found)) {
      malformed();
    } else if (!hits.some((h) => h.id === found.id)) {
      hits.push({ id: found.id, effect: found.effect, text: found.text, detected: 'reported' });
    }
  }
  return hits;
}

/**
 * The disqualifiers the sheet applies by itself: "không đánh giá các bước tiếp theo nếu …" on a criterion that scored
 * 0 (`whenZeroIn`). None when the assessor already stopped the evaluation.
 */
export function automaticDisqualifiers(
  rubric: OcopRubric,
  trace: readonly OcopTraceEntry[],
  stopped: boolean,
): OcopDisqualifierHit[] {
  const hits: OcopDisqualifierHit[] = [];
  if (stopped) return hits;
  const all = rubric.disqualifiers;
  // An index loop: for…of over the sheet's frozen list is slow on Node 20 (see score-criteria.ts).
  for (let i = 0; i < all.length; i++) {
    const d = all[i] as OcopDisqualifier;
    if (d.whenZeroIn === undefined) continue;
    if (!isDisqualifier(d)) malformed();
    if (d.whenZeroIn.some((code) => trace.find((t) => t.criterion === code)?.points === 0))
      hits.push({ id: d.id, effect: d.effect, text: d.text, detected: 'automatic' });
  }
  return hits;
}
