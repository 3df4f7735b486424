import { describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/support/examples.js';
import { parseDirective, safeParseDirective } from './directive-schema.js';

const read = (name: string) => readExample(`directives/${name}`);

function issuesOf(input: unknown) {
  const result = safeParseDirective(input);
  if (result.success) throw new Error('expected a failure');
  return result.issues;
}

describe('parseDirective on the seed directives', () => {
  it('reads the Lai Châu 2020 letter with its month-only date and five tasks', () => {
    const directive = parseDirective(read('lai-chau-2020.json'));
    expect(directive.signed).toEqual({ year: 2020, month: 5 });
    expect(directive.legalBases.map((b) => [b.number, b.signed])).toEqual([
      ['542/QĐ-UBND', '2020-05-13'],
    ]);
    expect(directive.tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2']);
    expect(directive.tasks.flatMap((t) => (t.deadline ? [t.deadline.text] : []))).toEqual([
      'đảm bảo từ tháng 6 năm 2020, cấp huyện, cấp tỉnh có hồ sơ đề xuất, công nhận sản phẩm OCOP',
      'Ngày 30 hàng tháng',
    ]);
    expect('$schema' in directive).toBe(false);
  });

  it('keeps every assignee and unit of the Lai Châu letter', () => {
    const directive = parseDirective(read('lai-chau-2020.json'));
    expect([...new Set(directive.tasks.flatMap((t) => t.assignees))]).toEqual([
      'Sở Nông nghiệp và PTNT',
      'UBND các huyện, thành phố',
    ]);
    expect(directive.recipients).toEqual(['Sở Nông nghiệp và PTNT', 'UBND các huyện, thành phố']);
    expect(directive.tasks[0]?.units).toEqual([
      { name: 'Tân Uyên', level: 'district', targetYears: [2020] },
      {
        name: '04 xã dự kiến đạt chuẩn nông thôn mới năm 2020',
        level: 'commune',
        count: 4,
        targetYears: [2020],
      },
    ]);
    expect(directive.signer?.name).toBe('Hà Trọng Hải');
  });

  it('reads the Tuần Giáo 2022 letter with its two cited documents, all named communes and three deadlines', () => {
    const directive = parseDirective(read('tuan-giao-2022.json'));
    expect(directive.signed).toEqual({ year: 2022, month: 7, day: 26 });
    expect(directive.legalBases.map((b) => [b.number, b.signed])).toEqual([
      ['1986/KH-UBND', '2022-06-29'],
      ['453-TB/HU', '2022-07-13'],
    ]);
    const communes = directive.tasks.flatMap((t) =>
      (t.units ?? []).filter((u) => u.level === 'commune' && !u.name.startsWith('Các')),
    );
    expect(communes.map((u) => u.name)).toEqual([
      'Quài Cang',
      'Quài Tở',
      'Quài Nưa',
      'Mùn Chung',
      'Mường Mùn',
      'Chiềng Sinh',
      'Chiềng Đông',
      'Rạng Đông',
      'Pú Nhung',
      'Phình Sáng',
      'Toả Tình',
      'Tênh Phong',
    ]);
    expect(directive.tasks.flatMap((t) => (t.deadline ? [t.deadline.text] : []))).toEqual([
      'tham gia đánh giá sản phẩm cấp huyện trong tháng 10/2022',
      'thời gian hoàn thiện trước ngày 01/10/2022',
      'Thời gian hoàn thiện gửi về UBND huyện trước ngày 05/08/2022',
    ]);
  });

  it('accepts a parsed rule next to the text', () => {
    const input = read('tuan-giao-2022.json');
    const tasks = input.tasks as Record<string, unknown>[];
    tasks[7] = {
      ...tasks[7],
      deadline: {
        text: 'trước ngày 05/08/2022',
        rule: {
          kind: 'before',
          date: '2022-08-05',
          inclusive: false,
          reading: {
            id: 'before-exclusive',
            status: 'unverified',
            explanation: { vi: 'Hết ngày 04/08/2022', en: 'End of 2022-08-04' },
          },
        },
      },
    };
    expect(parseDirective(input).tasks[7]?.deadline?.rule?.kind).toBe('before');
  });
});

describe('bad directives are errors naming the field', () => {
  it('rejects an unknown field, naming it in both languages', () => {
    const input = read('tuan-giao-2022.json');
    const tasks = input.tasks as Record<string, unknown>[];
    tasks[0] = { ...tasks[0], deadlne: 'trước ngày 05/08/2022' };
    const [issue] = issuesOf(input);
    expect(issue?.code).toBe('input/unknown-field');
    expect(issue?.path).toEqual(['tasks', 0, 'deadlne']);
    expect(issue?.message.en).toContain('deadlne');
    expect(issue?.message.vi).toContain('deadlne');
    expect(issue?.message.vi).not.toBe(issue?.message.en);
  });

  it('rejects a signed date that does not exist and a day without its month', () => {
    const input = { ...read('tuan-giao-2022.json'), signed: { year: 2022, month: 2, day: 30 } };
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ code: 'date/no-such-day', path: ['signed', 'day'] }),
    ]);
    const noMonth = { ...read('tuan-giao-2022.json'), signed: { year: 2022, day: 3 } };
    expect(issuesOf(noMonth).map((i) => [i.code, i.path])).toEqual([
      ['date/day-without-month', ['signed', 'month']],
    ]);
  });

  it('rejects an impossible cited date and a malformed document number', () => {
    const input = read('tuan-giao-2022.json');
    const bases = input.legalBases as Record<string, unknown>[];
    bases[0] = { ...bases[0], signed: '2022-06-31' };
    bases[1] = { ...bases[1], number: 'bốn năm ba' };
    const issues = issuesOf(input);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['date/invalid', ['legalBases', 0, 'signed']],
      ['document-number/invalid', ['legalBases', 1, 'number']],
    ]);
  });

  it('rejects duplicate task ids and an unknown programme', () => {
    const input = read('lai-chau-2020.json');
    const tasks = input.tasks as Record<string, unknown>[];
    tasks[1] = { ...tasks[1], id: '1.1', programmes: ['OCOP', 'XYZ'] };
    const issues = issuesOf(input);
    expect(issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([['input/not-allowed', ['tasks', 1, 'programmes', 1]]]),
    );
    const onlyDuplicate = read('lai-chau-2020.json');
    const t2 = onlyDuplicate.tasks as Record<string, unknown>[];
    t2[1] = { ...t2[1], id: '1.1' };
    expect(issuesOf(onlyDuplicate).map((i) => [i.code, i.path])).toEqual([
      ['directive/duplicate-task', ['tasks', 1, 'id']],
    ]);
  });

  it('parseDirective throws a DomainError; non-objects and a "__proto__" key fail too', () => {
    expect(() => parseDirective(null)).toThrowDomainError('input/wrong-type', []);
    const polluted = JSON.parse(
      JSON.stringify(read('lai-chau-2020.json')).replace('{', '{"__proto__":{"evil":true},'),
    );
    expect(() => parseDirective(polluted)).toThrowDomainError('key/forbidden', ['__proto__']);
    expect(({} as Record<string, unknown>).evil).toBeUndefined();
  });
});
