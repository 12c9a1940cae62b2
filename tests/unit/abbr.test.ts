import { describe, expect, it } from 'vitest';
import { markAbbreviations } from '../../src/lib/abbr.ts';

const glossary = [
  { term: 'ANTT', expansion: 'an ninh, trật tự' },
  { term: 'ANTQ', expansion: 'an ninh Tổ quốc' },
  { term: 'CT', expansion: 'chỉ thị' },
  { term: 'UBND', expansion: 'Ủy ban nhân dân' },
];

describe('abbreviations', () => {
  it('marks only the first use of each term inside <main>', () => {
    const html = '<html><head><title>ANTT</title></head><body><header>ANTT</header><main><p>Bảo đảm ANTT và ANTQ. Giữ ANTT.</p></main></body></html>';
    expect(markAbbreviations(html, glossary)).toBe(
      '<html><head><title>ANTT</title></head><body><header>ANTT</header><main><p>Bảo đảm <abbr title="an ninh, trật tự">ANTT</abbr> và <abbr title="an ninh Tổ quốc">ANTQ</abbr>. Giữ ANTT.</p></main></body></html>',
    );
  });

  it('leaves terms inside longer words, document numbers and attributes alone', () => {
    const html = '<main><a href="/ANTT" title="ANTT">Số 09-CT/T.U</a> <p>UBNDX và CT-UB; mục CT.</p><p>Theo CT số 5.</p></main>';
    expect(markAbbreviations(html, glossary)).toBe(
      '<main><a href="/ANTT" title="ANTT">Số 09-CT/T.U</a> <p>UBNDX và CT-UB; mục <abbr title="chỉ thị">CT</abbr>.</p><p>Theo CT số 5.</p></main>',
    );
  });

  it('skips text inside scripts, code and existing abbr, and escapes the title', () => {
    const html = '<main><script>var ANTT = 1;</script><abbr title="x">UBND</abbr> <code>ANTT</code> ANTT</main>';
    const out = markAbbreviations(html, [{ term: 'ANTT', expansion: 'an ninh "trật tự"' }, { term: 'UBND', expansion: 'y' }]);
    expect(out).toBe('<main><script>var ANTT = 1;</script><abbr title="x">UBND</abbr> <code>ANTT</code> <abbr title="an ninh &quot;trật tự&quot;">ANTT</abbr></main>');
  });

  it('returns the page unchanged without a <main>', () => {
    expect(markAbbreviations('<p>ANTT</p>', glossary)).toBe('<p>ANTT</p>');
  });
});
