// Writes docs/ntm-missing-thresholds.md; test/missing-thresholds-page.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { renderMissingThresholdsPage } from './missing-thresholds-page.js';

const target = new URL('../../../docs/ntm-missing-thresholds.md', import.meta.url);
writeFileSync(target, renderMissingThresholdsPage());
console.log('wrote docs/ntm-missing-thresholds.md');
