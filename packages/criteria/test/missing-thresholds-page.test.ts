import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMissingThresholdsPage } from '../scripts/missing-thresholds-page.js';

describe('docs/ntm-missing-thresholds.md', () => {
  it('is up to date with the data (run `npm run docs:missing -w @ntm/criteria`)', () => {
    const onDisk = readFileSync(
      new URL('../../../docs/ntm-missing-thresholds.md', import.meta.url),
      'utf8',
    );
    expect(onDisk).toBe(renderMissingThresholdsPage());
  });
});
