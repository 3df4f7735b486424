// A CommonJS app (require) consuming the built packages: the CJS builds must work on their own.
const { findUnit, successorsOf } = require('@ntm/domain/units');
const { parseDeadline } = require('@ntm/deadlines/phrases');
const { scoreAssessment } = require('@ntm/ocop-scoring');
const { QD26_RUBRICS, findProductSet } = require('@ntm/ocop-scoring/rubrics');
const { isDomainError } = require('@ntm/domain/core');

const plan = parseDeadline('gửi về UBND huyện trước ngày 05/08/2022', { issuedOn: '2022-07-26' });
const quaiNua = findUnit('xã Quài Nưa', { date: '2022-07-26' });
const today = successorsOf(quaiNua.code, '2022-07-26').map((t) => t.unit.fullName);
const set = findProductSet('chè shan tuyết');
let rejected = '';
try {
  scoreAssessment(QD26_RUBRICS.B04, { criteria: { 'không có': 1 } });
} catch (error) {
  if (isDomainError(error)) rejected = error.issues[0].code;
}
console.log('\n▸ CommonJS app (require): OK');
console.log(
  `  "trước ngày 05/08/2022" → ${plan.kind} ${plan.date}; ${quaiNua.fullName} → ${today.join(', ')}`,
);
console.log(
  `  "chè shan tuyết" → ${set ? `${set.code} ${set.name.vi}` : '—'}; invalid answers → ${rejected}`,
);
