import { describe, expect, it } from 'vitest';
import { issuesRaisedBy } from '../../../test/support/error-examples.js';
import { DOMAIN_ERROR_EXAMPLES } from './error-examples.js';

describe('every @ntm/domain error example raises its code', () => {
  it.each(DOMAIN_ERROR_EXAMPLES.map((example) => [example.code, example] as const))(
    '%s',
    async (code, example) => {
      const issues = await issuesRaisedBy(example.run);
      const found = issues.filter((issue) => issue.code === code);
      expect(
        found.length,
        `${example.call} raised ${issues.map((i) => i.code).join(', ') || 'nothing'}`,
      ).toBeGreaterThan(0);
      if (example.path !== undefined)
        expect(found.map((issue) => issue.path)).toContainEqual(example.path);
    },
  );
});
