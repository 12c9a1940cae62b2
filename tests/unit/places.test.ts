import { describe, expect, it } from 'vitest';
import { historySentences, placeLabel } from '../../src/lib/places.ts';
import { byDateDesc, byYear, groupBy } from '../../src/lib/taxonomy.ts';

describe('places', () => {
  it('describes mergers in words', () => {
    const names: Record<string, string> = { 'lao-cai': 'tỉnh Lào Cai', 'yen-bai': 'tỉnh Yên Bái' };
    expect(placeLabel({ kind: 'tinh', name: 'Yên Bái' })).toBe('tỉnh Yên Bái');
    expect(
      historySentences(
        { name: 'Yên Bái', kind: 'tinh', current: false, history: [{ on: '2025-07-01', event: 'merged-into', into: 'lao-cai', by: 'Nghị quyết số 202/2025/QH15' }] },
        (id) => names[id]!,
      ),
    ).toEqual(['Nhập vào tỉnh Lào Cai từ ngày 1 tháng 7 năm 2025 theo Nghị quyết số 202/2025/QH15.']);
    expect(
      historySentences(
        { name: 'Lào Cai', kind: 'tinh', current: true, history: [{ on: '2025-07-01', event: 'formed', from: ['lao-cai', 'yen-bai'], by: 'Nghị quyết số 202/2025/QH15' }] },
        (id) => names[id]!,
      ),
    ).toEqual(['Hình thành từ việc hợp nhất tỉnh Lào Cai, tỉnh Yên Bái từ ngày 1 tháng 7 năm 2025 theo Nghị quyết số 202/2025/QH15.']);
  });
});

describe('taxonomies', () => {
  const docs = [
    { title: 'Báo cáo', date: null },
    { title: 'Chỉ thị 11', date: '1998-04-21' },
    { title: 'Chỉ thị 09', date: '2011-12-30' },
    { title: 'Ân xá', date: null },
    { title: 'Kế hoạch', date: '1998-09-01' },
  ];

  it('sorts newest first, undated last in Vietnamese order', () => {
    expect(byDateDesc(docs, (d) => d.date, (d) => d.title).map((d) => d.title)).toEqual(['Chỉ thị 09', 'Kế hoạch', 'Chỉ thị 11', 'Ân xá', 'Báo cáo']);
  });

  it('groups by year, leaving undated items out', () => {
    expect(byYear(docs, (d) => d.date).map((g) => [g.year, g.items.map((d) => d.title)])).toEqual([
      [2011, ['Chỉ thị 09']],
      [1998, ['Chỉ thị 11', 'Kế hoạch']],
    ]);
    expect([...groupBy(docs, (d) => (d.date ? 'dated' : null)).keys()]).toEqual(['dated']);
  });
});
