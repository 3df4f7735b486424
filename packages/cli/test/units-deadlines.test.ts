import { parseDeadline } from '@ntm/deadlines/phrases';
import { findUnit, successorsOf } from '@ntm/domain/units';
import { describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';

describe('ntm units find', () => {
  it('shows the unit then and what covers it today, as the library says', async () => {
    const r = await cli(
      'units find "xã Quài Nưa" --date 26/07/2022 --today 2026-11-23 --format json',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const unit = findUnit('xã Quài Nưa', { date: '2022-07-26' });
    expect(out.was.code).toBe(unit.code);
    expect(out.today.map((t: { unit: { code: string } }) => t.unit.code)).toEqual(
      successorsOf(unit.code, '2022-07-26').map((t) => t.unit.code),
    );
  });

  it('finds "Toả Tình" written with the other tone-mark placement', async () => {
    const r = await cli('units find "Toả Tình" --date 2022-07-26 --today 2026-11-23');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(findUnit('Tỏa Tình', { date: '2022-07-26' }).fullName);
    expect(r.stdout).toContain('Hôm nay (23/11/2026)');
  });

  it('resolves a parent given by name with --within', async () => {
    const r = await cli(
      'units find "Tân Uyên" --level district --within "Lai Châu" --date 2020-05-15 --today 2026-11-23 --lang en',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ Huyện Tân Uyên, Tỉnh Lai +│ 111 /);
  });

  it('exits 1 listing the candidates when a name is ambiguous', async () => {
    const r = await cli(['units', 'find', 'Tân Uyên', '--date', '2020-05-15', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Huyện Tân Uyên');
    expect(r.stderr).toContain('[units/ambiguous]');
  });
});

describe('ntm deadlines parse', () => {
  it('reads "trước ngày" as the library does', async () => {
    const phrase = 'hoàn thiện trước ngày 01/10/2022';
    const r = await cli(`deadlines parse "${phrase}" --issued 26/07/2022 --format json`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse(JSON.stringify(parseDeadline(phrase, { issuedOn: '2022-07-26' }))),
    );
  });

  it("prints the last day in the table, in the reader's date form", async () => {
    const phrase = 'gửi về UBND huyện trước ngày 05/08/2022';
    const en = await cli(['deadlines', 'parse', phrase, '--issued', '2022-07-26', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('last day 2022-08-04');
    const vi = await cli(['deadlines', 'parse', phrase, '--issued', '2022-07-26']);
    expect(vi.stdout).toContain('hạn cuối 04/08/2022');
    expect(vi.stdout).toContain('trước ngày');
    expect(vi.stdout).not.toMatch(/\bbefore\b/);
  });

  it('exits 1 with the supported forms for a phrase it cannot read', async () => {
    const r = await cli(['deadlines', 'parse', 'sớm nhất có thể']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('sớm nhất có thể');
  });
});
