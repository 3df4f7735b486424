import type { ProvinceCriteriaConfig } from '@ntm/domain/core';
import { fail } from '@ntm/domain/core';
import { checkKey } from './check-key.js';
import {
  expectArray,
  expectBilingual,
  expectInteger,
  expectRecord,
  expectString,
  optional,
  show,
} from './guards.js';

type Path = readonly (string | number)[];

const TYPES: readonly unknown[] = ['boolean', 'percent', 'number', 'absence'];

function text(value: unknown, path: Path): string {
  const s = expectString(value, path);
  if (s !== s.normalize('NFC')) {
    fail('criteria/not-nfc', path, {
      vi: 'Văn bản phải ở dạng Unicode dựng sẵn (NFC)',
      en: 'Text must be in Unicode NFC form',
    });
  }
  return s;
}

function code(value: unknown, path: Path): string {
  const s = expectString(value, path);
  checkKey(s, path.slice(0, -1));
  return s;
}

function finite(value: unknown, path: Path): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail('criteria/out-of-range', path, {
      vi: `Cần một số hữu hạn, nhận ${show(value)}`,
      en: `Expected a finite number, got ${show(value)}`,
    });
  }
  return value;
}

function bool(value: unknown, path: Path): boolean {
  if (typeof value !== 'boolean') {
    fail('criteria/invalid-input', path, {
      vi: `Cần true hoặc false, nhận ${show(value)}`,
      en: `Expected true or false, got ${show(value)}`,
    });
  }
  return value;
}

function level(value: unknown, path: Path): void {
  const record = expectRecord(value, path);
  code(record.id, [...path, 'id']);
  expectBilingual(record.name, [...path, 'name']);
}

/**
 * Checks the shape of a province configuration that may not have gone through `parseProvinceCriteriaConfig`
 * (wrong types, prototype keys, NFD text). Cross-checks with the set are made by `localizeCriteriaSet`.
 */
export function checkConfigShape(config: unknown): Partial<ProvinceCriteriaConfig> {
  const c = expectRecord(config, ['config']);
  const at = (...parts: (string | number)[]) => ['config', ...parts];
  optional(c.$schema, (v) => expectString(v, at('$schema')));
  optional(c.province, (v) => text(v, at('province')));
  optional(c.baseSetId, (v) => code(v, at('baseSetId')));
  optional(c.illustrative, (v) => bool(v, at('illustrative')));
  optional(c.note, (v) => expectBilingual(v, at('note')));
  optional(c.decision, (v) => {
    const d = expectRecord(v, at('decision'));
    for (const field of ['number', 'type', 'issuer'] as const)
      text(d[field], at('decision', field));
  });
  optional(c.thresholds, (v) =>
    expectArray(v, at('thresholds')).forEach((item, i) => {
      const e = expectRecord(item, at('thresholds', i));
      code(e.indicator, at('thresholds', i, 'indicator'));
      finite(e.value, at('thresholds', i, 'value'));
      optional(e.key, (k) => code(k, at('thresholds', i, 'key')));
      optional(e.year, (y) => expectInteger(y, at('thresholds', i, 'year'), 1900, 2100));
      optional(e.source, (s) => text(s, at('thresholds', i, 'source')));
      optional(e.note, (n) => expectBilingual(n, at('thresholds', i, 'note')));
    }),
  );
  optional(c.addIndicators, (v) =>
    expectArray(v, at('addIndicators')).forEach((item, i) => {
      const e = expectRecord(item, at('addIndicators', i));
      code(e.code, at('addIndicators', i, 'code'));
      code(e.criterion, at('addIndicators', i, 'criterion'));
      expectBilingual(e.text, at('addIndicators', i, 'text'));
      if (!TYPES.includes(e.type)) {
        fail('criteria/invalid-input', at('addIndicators', i, 'type'), {
          vi: `Loại chỉ tiêu không hợp lệ: ${show(e.type)}`,
          en: `Invalid indicator type: ${show(e.type)}`,
        });
      }
      optional(e.unit, (u) => text(u, at('addIndicators', i, 'unit')));
      if (e.direction !== undefined && e.direction !== '>=' && e.direction !== '<=') {
        fail('criteria/invalid-input', at('addIndicators', i, 'direction'), {
          vi: `Hướng so sánh phải là ">=" hoặc "<=", nhận ${show(e.direction)}`,
          en: `Direction must be ">=" or "<=", got ${show(e.direction)}`,
        });
      }
      optional(e.value, (n) => finite(n, at('addIndicators', i, 'value')));
      optional(e.optional, (b) => bool(b, at('addIndicators', i, 'optional')));
    }),
  );
  optional(c.removeIndicators, (v) =>
    expectArray(v, at('removeIndicators')).forEach((item, i) => {
      code(item, at('removeIndicators', i));
    }),
  );
  optional(c.levels, (v) => {
    const l = expectRecord(v, at('levels'));
    bool(l.illustrative, at('levels', 'illustrative'));
    optional(l.note, (n) => expectBilingual(n, at('levels', 'note')));
    expectArray(l.criterion, at('levels', 'criterion')).forEach((item, i) => {
      level(item, at('levels', 'criterion', i));
      expectInteger(
        (item as { maxIndicatorsNotMet?: unknown }).maxIndicatorsNotMet,
        at('levels', 'criterion', i, 'maxIndicatorsNotMet'),
        0,
        100,
      );
    });
    level(l.criterionFallback, at('levels', 'criterionFallback'));
    expectArray(l.commune, at('levels', 'commune')).forEach((item, i) => {
      level(item, at('levels', 'commune', i));
      expectArray(
        (item as { requires?: unknown }).requires,
        at('levels', 'commune', i, 'requires'),
      ).forEach((r, j) => {
        const req = expectRecord(r, at('levels', 'commune', i, 'requires', j));
        code(req.level, at('levels', 'commune', i, 'requires', j, 'level'));
        expectInteger(req.min, at('levels', 'commune', i, 'requires', j, 'min'), 0, 100);
      });
    });
    level(l.communeFallback, at('levels', 'communeFallback'));
  });
  return c as Partial<ProvinceCriteriaConfig>;
}
