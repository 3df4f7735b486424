import { evaluateCommune, listMissingThresholds, resolveCriteriaSet } from '@ntm/criteria';
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';

const set = resolveCriteriaSet({ level: 'xa', date: '2024-06-30' }, NTM_CRITERIA_SETS);
console.log(set.id, set.basis.number, `${listMissingThresholds(set).length} rows still missing`);
const facts = { setId: set.id, values: { '15.3': 21 } }; // minh hoạ / illustrative value
const result = evaluateCommune(set, facts, { year: 2024, region: 'TDMNPB' });
const health = result.criteria.find((c) => c.code === '15');
console.log(health?.indicators.find((i) => i.code === '15.3')?.status);
