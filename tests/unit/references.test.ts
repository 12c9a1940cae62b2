import { describe, expect, it } from 'vitest';
import { buildReferenceGraph, normalizeNumber } from '../../src/lib/references.ts';
import { taskLabel, tasksByAgency, tasksIn } from '../../src/lib/tasks.ts';

const documents = [
  { id: 'chi-thi-09', number: '09-CT/T.U', references: [{ number: '09-CT/T.Ư', relation: 'implements' as const, external: true, title: 'Chỉ thị' }] },
  { id: 'ke-hoach-1', number: '1/KH', references: [{ number: '09-CT/T.U', relation: 'implements' as const, external: false }] },
  { id: 'bao-cao', number: null, references: [
    { number: ' 09-ct/t.u ', relation: 'reports-on' as const, external: false },
    { number: '1/KH', relation: 'cites' as const, external: false },
  ] },
];

describe('references between documents', () => {
  it('keeps Ư and U apart while ignoring spaces and case', () => {
    expect(normalizeNumber(' 09-ct/t.u ')).toBe(normalizeNumber('09-CT/T.U'));
    expect(normalizeNumber('09-CT/T.Ư')).not.toBe(normalizeNumber('09-CT/T.U'));
  });

  it('resolves internal numbers to documents and leaves external ones as text', () => {
    const graph = buildReferenceGraph(documents);
    expect(graph.outgoing('chi-thi-09')).toEqual([
      { number: '09-CT/T.Ư', relation: 'implements', target: undefined, title: 'Chỉ thị', issuerName: undefined, issuedOn: undefined },
    ]);
    expect(graph.outgoing('bao-cao').map((r) => r.target)).toEqual(['chi-thi-09', 'ke-hoach-1']);
  });

  it('computes backlinks from every document', () => {
    const graph = buildReferenceGraph(documents);
    expect(graph.incoming('chi-thi-09')).toEqual([
      { source: 'ke-hoach-1', relation: 'implements' },
      { source: 'bao-cao', relation: 'reports-on' },
    ]);
    expect(graph.incoming('ke-hoach-1')).toEqual([{ source: 'bao-cao', relation: 'cites' }]);
    expect(graph.incoming('bao-cao')).toEqual([]);
    expect(graph.byNumber('1/kh')).toBe('ke-hoach-1');
  });
});

describe('tasks per agency', () => {
  const body = `Mở đầu.

<Task n="1." agencies="so-ban-nganh,ubnd-cap-huyen">
Tổ chức quán triệt.
</Task>

<Task n="2." section="II" agencies="cong-an-tinh" partners="so-tai-chinh,cong-an-tinh">
Công an tỉnh chủ trì.
</Task>
`;

  it('reads each task with its anchor, agencies and excerpt', () => {
    const tasks = tasksIn('chi-thi-x', body);
    expect(tasks).toEqual([
      { document: 'chi-thi-x', n: '1.', section: undefined, label: '1', anchor: 'nhiem-vu-1', agencies: ['so-ban-nganh', 'ubnd-cap-huyen'], partners: [], excerpt: 'Tổ chức quán triệt.' },
      { document: 'chi-thi-x', n: '2.', section: 'II', label: 'II.2', anchor: 'nhiem-vu-ii-2', agencies: ['cong-an-tinh'], partners: ['so-tai-chinh', 'cong-an-tinh'], excerpt: 'Công an tỉnh chủ trì.' },
    ]);
  });

  it('labels tasks without the printed punctuation', () => {
    expect(taskLabel('5-')).toBe('5');
    expect(taskLabel('3.', 'III')).toBe('III.3');
    expect(taskLabel('đ)')).toBe('đ');
  });

  it('groups tasks by lead and cooperating agency, never both for the same task', () => {
    const byAgency = tasksByAgency(tasksIn('chi-thi-x', body));
    expect(byAgency.get('cong-an-tinh')!.assigned.map((t) => t.n)).toEqual(['2.']);
    expect(byAgency.get('cong-an-tinh')!.cooperating).toEqual([]);
    expect(byAgency.get('so-tai-chinh')!.cooperating.map((t) => t.n)).toEqual(['2.']);
    expect(byAgency.get('ubnd-cap-huyen')!.assigned.map((t) => t.anchor)).toEqual(['nhiem-vu-1']);
    expect(byAgency.has('so-noi-vu')).toBe(false);
  });
});
