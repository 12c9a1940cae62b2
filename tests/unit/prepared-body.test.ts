import { describe, expect, it } from 'vitest';
import { assembleBody, prepareSource } from '../../src/lib/prepared-body.ts';
import { EDITOR_COMPONENTS } from '../../src/lib/editor-components.ts';

const names = EDITOR_COMPONENTS;

describe('prepareSource: which bodies can be rendered without MDX', () => {
  it('replaces each tag line with a placeholder paragraph and reads the string props', () => {
    const body = 'Mở đầu.\n\n<Task n="1." agencies="cong-an-tinh" partners=\'so-tai-chinh\'>\nNội dung.\n</Task>\n\n<Basis document="chi-thi" provision="mục 1" />\n';
    const prepared = prepareSource(body, names);
    expect(prepared?.markdown).toBe('Mở đầu.\n\n\nLOABLOCK0X\n\nNội dung.\n\nLOABLOCK1X\n\n\n\nLOABLOCK2X\n\n');
    expect(prepared?.tags).toEqual([
      { kind: 'open', name: 'Task', props: { n: '1.', agencies: 'cong-an-tinh', partners: 'so-tai-chinh' }, line: 3 },
      { kind: 'close', name: 'Task', props: {}, line: 5 },
      { kind: 'self', name: 'Basis', props: { document: 'chi-thi', provision: 'mục 1' }, line: 7 },
    ]);
  });

  it('leaves to MDX what Markdown cannot reproduce', () => {
    const cases: Record<string, string> = {
      'no component at all (plain Markdown has its own path)': 'Chỉ có chữ.\n',
      'an expression': '<Task n="1." agencies="a">\n{1 + 1}\n</Task>\n',
      'an expression attribute': '<Task n={1} agencies="a">\nx\n</Task>\n',
      'an import': 'import X from "./x.astro";\n\n<Task n="1." agencies="a">\nx\n</Task>\n',
      'a tag inside a line of text': 'Xem <Basis document="a" /> nhé.\n',
      'content on the tag line': '<Task n="1." agencies="a">Nội dung.</Task>\n',
      'an indented tag': '- ý\n  <Basis document="a" />\n',
      'an entity in a value (JSX decodes it, Markdown would not)': '<Basis document="a" provision="mục &amp; khoản" />\n',
      'an attribute without a value': '<Callout open>\nx\n</Callout>\n',
      'an opening tag right under text (MDX reads it into the paragraph)': 'Đoạn văn.\n<Callout kind="note">\nx\n</Callout>\n',
      'a component the pages do not supply': '<Chart data="x" />\n',
      'an unclosed component': '<Task n="1." agencies="a">\nx\n',
      'crossed components': '<Question id="a" q="b">\n<Task n="1." agencies="a">\nx\n</Question>\n</Task>\n',
      'a code fence, where tags are text': '```\n<Task n="1." agencies="a">\n```\n\n<Basis document="a" />\n',
      'the placeholder word itself': 'LOABLOCK0X\n\n<Basis document="a" />\n',
    };
    for (const [what, body] of Object.entries(cases)) expect(prepareSource(body, names), what).toBeNull();
  });

  it('accepts text straight under an opening tag and straight above a closing one, as editors write tasks', () => {
    expect(prepareSource('<Task n="1." agencies="a">\nNội dung.\n</Task>\n<Task n="2." agencies="a">\nx\n</Task>\n', names)).not.toBeNull();
  });
});

describe('assembleBody: the rendered HTML cut at the placeholders', () => {
  const body = 'Mở đầu.\n\n<Question id="a" q="Hỏi?">\nMột.\n\nHai.\n\n<Basis document="d" />\n</Question>\n\n<Question id="b" q="Hỏi nữa?">\n- ý\n</Question>\n';

  it('nests components, joins the blocks inside one without newlines, and keeps the newlines between top-level blocks', () => {
    const prepared = prepareSource(body, names)!;
    const html = '<p>Mở đầu.</p>\n<p>LOABLOCK0X</p>\n<p>Một.</p>\n<p>Hai.</p>\n<p>LOABLOCK1X</p>\n<p>LOABLOCK2X</p>\n<p>LOABLOCK3X</p>\n<ul>\n<li>ý</li>\n</ul>\n<p>LOABLOCK4X</p>';
    expect(assembleBody(html, prepared)).toEqual([
      '<p>Mở đầu.</p>\n',
      { name: 'Question', props: { id: 'a', q: 'Hỏi?' }, children: ['<p>Một.</p><p>Hai.</p>', { name: 'Basis', props: { document: 'd' }, children: [] }] },
      '\n',
      { name: 'Question', props: { id: 'b', q: 'Hỏi nữa?' }, children: ['<ul>\n<li>ý</li>\n</ul>'] },
    ]);
  });

  it('refuses HTML where a placeholder is missing or out of order, instead of misplacing text', () => {
    const prepared = prepareSource(body, names)!;
    expect(() => assembleBody('<p>Mở đầu.</p>\n<p>LOABLOCK0X</p>\n<p>Một. LOABLOCK1X</p>', prepared)).toThrow(/expected 5 component markers/);
    expect(() => assembleBody('<p>LOABLOCK1X</p><p>LOABLOCK0X</p><p>LOABLOCK2X</p><p>LOABLOCK3X</p><p>LOABLOCK4X</p>', prepared)).toThrow(/in order/);
  });
});
