// A browser app: scores an OCOP product and reads a deadline, with no server and no Node API.
// esbuild bundles the BUILT packages (their "import" exports) for the browser platform.
import { parseDeadline } from '@ntm/deadlines/phrases';
import { starsForTotal } from '@ntm/ocop-scoring';
import { findProductSet } from '@ntm/ocop-scoring/rubrics';

export function demo() {
  const rule = parseDeadline('hoàn thiện trước ngày 01/10/2022', { issuedOn: '2022-07-26' });
  const set = findProductSet('mật ong');
  const rating = starsForTotal(82, 'QD26_2026');
  return { deadline: `${rule.kind} ${rule.date}`, productSet: set?.code, stars: rating.stars };
}

// In a page: render the result.
const doc = /** @type {any} */ (globalThis).document;
if (doc) doc.body.textContent = JSON.stringify(demo());
