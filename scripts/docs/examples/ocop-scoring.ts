import { scoreParts, starsForTotal } from '@ntm/ocop-scoring';
import { findProductSet } from '@ntm/ocop-scoring/rubrics';

const set = findProductSet('mat ong'); // diacritics optional
console.log(set?.code, set?.name.en);
const rating = starsForTotal(89.996, 'QD26_2026'); // bands compare at full precision
console.log(rating.display.vi, `${rating.stars}★`, rating.certifiable);
// Older versions are scored by part totals, each version with its own maxima (QĐ 1048/2019: C ≤ 40).
const old = scoreParts({ A: 30, B: 20, C: 38 }, '2021-05-10');
console.log(old.total, `${old.stars}★`);
