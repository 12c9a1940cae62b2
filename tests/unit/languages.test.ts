import { describe, expect, it } from 'vitest';
import { alternateLinks, enabledLanguages, langFromPath, langParam } from '../../src/lib/languages.ts';
import { pairBlocks, prefixIds, splitBlocks } from '../../src/lib/html-blocks.ts';
import { glossaryText } from '../../src/lib/glossary.ts';
import { masterVersion } from '../../src/lib/translation-version.ts';
import { dictionaries, formatDate, isTranslated, missingKeys, plural, t } from '../../src/i18n/index.ts';
import vi from '../../src/i18n/vi.ts';
import { site } from '../../site.config.ts';

const language = (id: string, order: number, enabled = true) => ({
  id,
  data: { tag: id, nativeName: id, viName: id, script: 'Latn', ogLocale: `${id}_VN`, fonts: ['Be Vietnam Pro'], dir: 'ltr' as const, uiTranslated: true, uiStatus: 'draft' as const, enabled, order },
});

describe('language registry', () => {
  it('lists enabled languages, Vietnamese first, then by order', () => {
    const list = enabledLanguages([language('km', 3), language('hmn', 2), language('vi', 9), language('dao', 1, false)]);
    expect(list.map((l) => l.code)).toEqual(['vi', 'hmn', 'km']);
  });

  it('puts Vietnamese at the root and other languages under their code', () => {
    expect(langParam('vi')).toBeUndefined();
    expect(langParam('hmn')).toBe('hmn');
    expect(langFromPath('/hmn/hoi-dap/x/', ['vi', 'hmn', 'km'])).toBe('hmn');
    expect(langFromPath('/hoi-dap/x/', ['vi', 'hmn', 'km'])).toBe('vi');
    expect(langFromPath('/hmnx/', ['vi', 'hmn'])).toBe('vi');
  });

  it('builds absolute reciprocal alternates with x-default on the Vietnamese version', () => {
    expect(
      alternateLinks([
        { tag: 'vi', code: 'vi', path: '/hoi-dap/x/' },
        { tag: 'hmn', code: 'hmn', path: '/hmn/hoi-dap/x/' },
      ]),
    ).toEqual([
      { hreflang: 'vi', href: `${site.baseUrl}/hoi-dap/x/` },
      { hreflang: 'hmn', href: `${site.baseUrl}/hmn/hoi-dap/x/` },
      { hreflang: 'x-default', href: `${site.baseUrl}/hoi-dap/x/` },
    ]);
  });
});

describe('interface strings', () => {
  it('finds every dictionary file, Vietnamese complete', () => {
    expect(Object.keys(dictionaries)).toEqual(expect.arrayContaining(['vi', 'hmn', 'km']));
    expect(missingKeys(['vi']).vi).toEqual([]);
  });

  it('falls back to Vietnamese key by key, and says which keys are missing', () => {
    dictionaries.xx = { 'nav.documents': 'Documents' };
    try {
      expect(t('nav.documents', {}, 'xx')).toBe('Documents');
      expect(t('nav.stories', {}, 'xx')).toBe(vi['nav.stories']);
      expect(isTranslated('nav.stories', 'xx')).toBe(false);
      expect(missingKeys(['xx']).xx).toContain('nav.stories');
      expect(missingKeys(['xx']).xx).not.toContain('nav.documents');
    } finally {
      delete dictionaries.xx;
    }
  });

  it('fills placeholders and chooses plural forms through Intl.PluralRules', () => {
    expect(t('pagination.page', { n: 2, count: 5 })).toBe('Trang 2 / 5');
    expect(plural('count.documents', 3)).toBe('3 văn bản');
    dictionaries.xx = { 'count.documents.other': '{count} documents' } as never;
    try {
      expect(plural('count.documents', 1, 'xx')).toBe('1 documents');
    } finally {
      delete dictionaries.xx;
    }
  });

  it('writes dates per language, with its own pattern where the runtime has no data', () => {
    expect(formatDate('1998-04-21')).toBe('ngày 21 tháng 4 năm 1998');
    expect(formatDate('1998-04-21', 'vi', 'short')).toBe('21/4/1998');
    expect(formatDate('1998-04-21', 'hmn', 'short')).toBe('21/4/1998');
  });
});

describe('parallel reading', () => {
  it('splits rendered HTML into top-level blocks, nested tags included', () => {
    const html = '<p>Một.</p>\n<div class="loa-task" id="nhiem-vu-1"><span>1.</span><div><p>Hai.</p></div></div>\n<h2>Ba</h2><hr/>bốn';
    expect(splitBlocks(html)).toEqual(['<p>Một.</p>', '<div class="loa-task" id="nhiem-vu-1"><span>1.</span><div><p>Hai.</p></div></div>', '<h2>Ba</h2>', '<hr/>', 'bốn']);
  });

  it('pairs blocks by position and pads the shorter side', () => {
    expect(pairBlocks(['a', 'b'], ['x'])).toEqual([['a', 'x'], ['b', '']]);
  });

  it('prefixes ids and references so two renderings can share a page', () => {
    expect(prefixIds('<section id="q" aria-labelledby="q-h"><h2 id="q-h">?</h2><a href="#q">#</a><a href="/x/#y">y</a></section>', 'hmn-')).toBe(
      '<section id="hmn-q" aria-labelledby="hmn-q-h"><h2 id="hmn-q-h">?</h2><a href="#hmn-q">#</a><a href="/x/#y">y</a></section>',
    );
  });
});

describe('glossary and versions', () => {
  const entry = { term: 'ANTT', kind: 'abbreviation' as const, expansion: 'an ninh, trật tự', sources: [], translations: { hmn: { expansion: 'kev ruaj ntseg thiab kev txiav txim' } } };

  it('uses a translated field where there is one and says which language each field is in', () => {
    expect(glossaryText(entry, 'hmn')).toMatchObject({ term: 'ANTT', termLang: 'vi', expansion: 'kev ruaj ntseg thiab kev txiav txim', expansionLang: 'hmn' });
    expect(glossaryText(entry, 'km')).toMatchObject({ expansion: 'an ninh, trật tự', expansionLang: 'vi' });
  });

  it('versions a master by its text, ignoring line-ending style', () => {
    const a = masterVersion('---\ntitle: A\n---\nMột.\n');
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(masterVersion('---\r\ntitle: A\r\n---\r\nMột.\r\n')).toBe(a);
    expect(masterVersion('---\ntitle: A\n---\nHai.\n')).not.toBe(a);
  });
});
