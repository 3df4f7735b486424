import { safeParseDirective } from '@ntm/domain';
import { type DomainIssue, type IssuePath, toResult } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/support/examples.js';
import { checkDirective } from './check-directive.js';

/*
 * checkDirective looks only at what dating reads and schedules show (id, signed, tasks, their ids, actions,
 * assignees and deadline texts), so it accepts more than parseDirective. What it refuses, parseDirective must refuse
 * too, with the same code at the same path: the guard and the schema of @ntm/domain cannot drift apart on those
 * fields.
 */

const FIXTURES = [
  readExample('directives/tuan-giao-2022.json'),
  readExample('directives/lai-chau-2020.json'),
];

/** The guard's issues with paths from the root of the directive, as the schema gives them. */
function byGuard(directive: unknown): readonly { code: string; path: IssuePath }[] {
  const result = toResult(() => checkDirective(directive));
  if (result.success) return [];
  return result.issues.map(({ code, path }) => ({
    code,
    path: path[0] === 'directive' ? path.slice(1) : path,
  }));
}

function bySchema(directive: unknown): readonly DomainIssue[] {
  const result = safeParseDirective(directive);
  return result.success ? [] : result.issues;
}

const HOSTILE = [undefined, null, '', ' ', 0, Number.NaN, true, [], {}, 'x', [{}], [null]];

/** Paths to what checkDirective reads, in a directive. */
function readPaths(directive: Record<string, unknown>): IssuePath[] {
  const tasks = directive.tasks as readonly Record<string, unknown>[];
  return [
    [],
    ['id'],
    ['signed'],
    ['tasks'],
    ...tasks.flatMap((task, i): IssuePath[] => [
      ['tasks', i],
      ['tasks', i, 'id'],
      ['tasks', i, 'action'],
      ['tasks', i, 'assignees'],
      ...(task.assignees as readonly unknown[]).map(
        (_, j): IssuePath => ['tasks', i, 'assignees', j],
      ),
      ...(task.deadline === undefined
        ? []
        : [
            ['tasks', i, 'deadline'],
            ['tasks', i, 'deadline', 'text'],
          ]),
    ]),
  ];
}

/** A copy of `directive` with the value at `path` replaced, or removed when `value` is `undefined`. */
function withValue(directive: Record<string, unknown>, path: IssuePath, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(directive);
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>(
      (object, key) => object[key] as Record<string | number, unknown>,
      copy,
    );
  const last = path[path.length - 1] as string | number;
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe('checkDirective refuses only what parseDirective refuses, with the same code at the same path', () => {
  it('passes every fixture and what parseDirective makes of it', () => {
    for (const fixture of FIXTURES) {
      const parsed = safeParseDirective(fixture);
      expect(parsed.success).toBe(true);
      expect(byGuard(fixture)).toEqual([]);
      expect(byGuard(parsed.success ? parsed.data : undefined)).toEqual([]);
    }
  });

  it('every field it reads, set to each bad value or removed', () => {
    let refused = 0;
    for (const fixture of FIXTURES) {
      for (const path of readPaths(fixture)) {
        for (const value of HOSTILE) {
          const directive = withValue(fixture, path, value);
          const [issue] = byGuard(directive);
          if (issue === undefined) continue;
          refused += 1;
          expect(
            bySchema(directive).map(({ code, path }) => ({ code, path })),
            JSON.stringify(path),
          ).toContainEqual(issue);
        }
      }
    }
    expect(refused).toBeGreaterThan(100);
  });

  it('any field of a fixture set to anything (property)', () => {
    const paths = FIXTURES.map((fixture) => [fixture, readPaths(fixture)] as const);
    fc.assert(
      fc.property(
        fc
          .constantFrom(...paths)
          .chain(([fixture, list]) =>
            fc.tuple(fc.constant(fixture), fc.constantFrom(...list), fc.anything({ maxDepth: 2 })),
          ),
        ([fixture, path, value]) => {
          const directive = withValue(fixture, path, value);
          const issues = bySchema(directive).map(({ code, path }) => ({ code, path }));
          for (const issue of byGuard(directive)) expect(issues).toContainEqual(issue);
        },
      ),
      { numRuns: 300 },
    );
  });
});
