/**
 * <loa-search>: runs the search form of the search page with Pagefind. The URL holds the search
 * (?q=…&loai=…), so a search can be shared and reopened; the form is a plain GET form underneath.
 * A search runs when the reader submits or changes a filter or the sort, never on each key press:
 * on slow data every search may fetch index files. Filter counts load when the reader opens the
 * filters, since they need every filter's index.
 */
import { openSearch, type FilterCounts, type MergedIndex, type PagefindInstance, type PagefindResult, type PagefindResultData } from '../lib/search/pagefind-client.ts';
import { hasFilters, isRunnable, pagefindFilters, pagefindSort, parseSearchParams, searchQueryString, type SearchState } from '../lib/search/url-state.ts';
import { FACETS, PARAMS, SORTS } from '../lib/search/fields.ts';
import { buildExcerpt } from '../lib/search/excerpt.ts';
import { rankByNumber } from '../lib/search/numbers.ts';
import { segmentQuery } from '../lib/search/segment.ts';
import { formatDateShortVi } from '../lib/dates.ts';

interface SearchConfig {
  languages: { code: string; name: string; bundle: string }[];
  labels: {
    kinds: Record<string, string>;
    types: Record<string, string>;
    statuses: Record<string, string>;
    languages: Record<string, string>;
    strings: Record<string, string>;
    equivalents: [string, string[]][];
  };
}

interface Shown {
  result: PagefindResult;
  data: PagefindResultData;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

function words(value: string | undefined): string[] {
  return value ? value.split(' ').filter(Boolean) : [];
}

class LoaSearch extends HTMLElement {
  private config!: SearchConfig;
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private filtersPanel!: HTMLDetailsElement;
  private state = parseSearchParams(new URLSearchParams());
  private results: PagefindResult[] = [];
  private shown = 0;
  private runs = 0;
  private countsWanted = false;
  private indexedLanguages?: Promise<string[]>;
  private equivalents = new Map<string, string[]>();

  connectedCallback() {
    const configElement = this.querySelector('.loa-search__config');
    this.config = JSON.parse(configElement?.textContent ?? '{}') as SearchConfig;
    this.equivalents = new Map(this.config.labels.equivalents);
    this.form = this.querySelector('form')!;
    this.input = this.form.querySelector('input[type="search"]')!;
    this.status = this.querySelector('.loa-search__status')!;
    this.list = this.querySelector('.loa-search__results')!;
    this.more = this.querySelector('.loa-search__more')!;
    this.filtersPanel = this.querySelector('.loa-search__filters')!;

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update('push');
    });
    this.form.addEventListener('change', (event) => {
      if (event.target !== this.input) this.update('replace');
    });
    this.querySelector('.loa-search__clear')?.addEventListener('click', () => {
      for (const box of this.form.querySelectorAll<HTMLInputElement>('.loa-search__facet input:checked')) box.checked = false;
      this.update('replace');
    });
    this.filtersPanel.addEventListener('toggle', () => {
      if (this.filtersPanel.open && !this.countsWanted) {
        this.countsWanted = true;
        if (isRunnable(this.state)) void this.search();
      }
    });
    this.more.addEventListener('click', () => void this.showMore(true));
    window.addEventListener('popstate', () => this.fromUrl());
    this.fromUrl();
  }

  private string(key: string, values: Record<string, string | number> = {}): string {
    return fill(this.config.labels.strings[key] ?? key, values);
  }

  /** Reads the search from the address bar into the form, and runs it. */
  private fromUrl() {
    this.state = parseSearchParams(new URLSearchParams(location.search));
    this.input.value = this.state.query;
    const sort = this.form.elements.namedItem(PARAMS.sort);
    if (sort instanceof HTMLSelectElement) sort.value = SORTS[this.state.sort];
    for (const { key, param } of FACETS) {
      for (const box of this.form.querySelectorAll<HTMLInputElement>(`input[name="${param}"]`)) {
        box.checked = this.state.filters[key]?.includes(box.value) ?? false;
      }
    }
    const all = this.form.elements.namedItem(PARAMS.allLanguages);
    if (all instanceof HTMLInputElement) all.checked = this.state.allLanguages;
    if (hasFilters(this.state)) this.filtersPanel.open = true;
    this.syncControls();
    if (isRunnable(this.state)) void this.search();
    else this.clearResults();
  }

  /** Reads the form, writes it to the address bar and runs the search. */
  private update(mode: 'push' | 'replace') {
    this.state = parseSearchParams(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>));
    const url = `${location.pathname}${searchQueryString(this.state)}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    this.syncControls();
    if (isRunnable(this.state)) void this.search();
    else this.clearResults();
  }

  private syncControls() {
    const chosen = Object.values(this.state.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);
    const summary = this.querySelector('.loa-search__chosen');
    if (summary) summary.textContent = chosen ? `(${this.string('search.filtersChosen', { count: chosen })})` : '';
    const langFacet = this.querySelector<HTMLElement>('.loa-search__facet[data-facet="lang"]');
    if (langFacet) langFacet.hidden = !this.state.allLanguages;
  }

  private clearResults() {
    this.runs++;
    this.results = [];
    this.shown = 0;
    this.list.replaceChildren();
    this.more.hidden = true;
    this.status.textContent = '';
  }

  private languagesWithIndex(): Promise<string[]> {
    this.indexedLanguages ??= fetch(this.dataset.languagesUrl ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<{ lang: string }[]>) : []))
      .then((list) => list.map((entry) => entry.lang))
      .catch(() => {
        this.indexedLanguages = undefined;
        return [];
      });
    return this.indexedLanguages;
  }

  /** The Pagefind search for this page: its language's index, or every language's. */
  private async instance(): Promise<{ pagefind: PagefindInstance; forced: boolean }> {
    const own = this.dataset.lang ?? '';
    const indexed = await this.languagesWithIndex();
    const hasOwn = indexed.includes(own);
    const widened = this.state.allLanguages || !hasOwn;
    const bundles = this.config.languages.filter((l) => indexed.includes(l.code));
    const primary = hasOwn ? this.dataset.bundle! : bundles[0]?.bundle;
    if (!primary) throw new Error('no search index');
    const merged: MergedIndex[] = widened
      ? bundles.filter((l) => l.bundle !== primary).map((l) => ({ lang: l.code, bundle: l.bundle }))
      : [];
    return { pagefind: await openSearch(primary, merged), forced: !hasOwn };
  }

  private async search() {
    const run = ++this.runs;
    const state = this.state;
    this.status.textContent = this.string('search.searching');
    this.setAttribute('aria-busy', 'true');
    try {
      const { pagefind, forced } = await this.instance();
      if (this.countsWanted) await pagefind.filters();
      const term = segmentQuery(state.query) || null;
      const response = await pagefind.search(term, { filters: pagefindFilters(state), sort: pagefindSort(state) });
      const counts = this.countsWanted ? await this.facetCounts(pagefind, term, state, response.filters) : null;
      if (run !== this.runs) return;
      this.results = response.results;
      this.shown = 0;
      this.list.replaceChildren();
      await this.showMore(false);
      if (run !== this.runs) return;
      this.showCounts(counts);
      this.announce(forced);
    } catch {
      if (run !== this.runs) return;
      this.status.textContent = this.string('search.error');
    } finally {
      if (run === this.runs) this.removeAttribute('aria-busy');
    }
  }

  /**
   * How many results each filter value would give: within a filter the values add up (any of
   * them), so a filter's counts come from the search without that filter's own choices.
   */
  private async facetCounts(pagefind: PagefindInstance, term: string | null, state: SearchState, counts: FilterCounts): Promise<FilterCounts> {
    const all = { ...counts };
    for (const { key } of FACETS) {
      if (!state.filters[key]?.length) continue;
      const others = pagefindFilters(state);
      delete others[key];
      all[key] = (await pagefind.search(term, { filters: others })).filters[key] ?? {};
    }
    return all;
  }

  private announce(forced: boolean) {
    const count = this.results.length;
    const query = this.state.query;
    const parts: string[] = [];
    if (forced) parts.push(this.string('search.noIndex'));
    if (count === 0) {
      parts.push(this.string(query ? 'search.none' : 'search.noneFiltered', { query }));
      const tips = document.createElement('li');
      tips.className = 'loa-search-tips';
      tips.textContent = this.string('search.noneTips');
      this.list.append(tips);
    } else {
      parts.push(this.string(query ? 'search.count' : 'search.countFiltered', { count, query }));
      if (count > this.shown) parts.push(this.string('search.shown', { shown: this.shown, count }));
    }
    this.status.textContent = parts.join(' ');
  }

  private showCounts(counts: FilterCounts | null) {
    for (const fieldset of this.querySelectorAll<HTMLElement>('.loa-search__facet')) {
      const facet = counts?.[fieldset.dataset.facet ?? ''];
      for (const slot of fieldset.querySelectorAll<HTMLElement>('[data-count-for]')) {
        slot.textContent = counts ? String(facet?.[slot.dataset.countFor ?? ''] ?? 0) : '';
      }
    }
  }

  /** Loads and shows the next page of results; moves focus to the first new one when asked. */
  private async showMore(focus: boolean) {
    const run = this.runs;
    const size = Number(this.dataset.pageSize ?? 10);
    const batch = this.results.slice(this.shown, this.shown + size);
    let items: Shown[] = await Promise.all(batch.map(async (result) => ({ result, data: await result.data() })));
    if (run !== this.runs) return;
    if (this.shown === 0) {
      items = rankByNumber(this.state.query, items, ({ data }) => ({
        number: data.meta.number,
        numberVariants: words(data.meta.number_alt),
        cites: words(data.meta.cites),
      }));
    }
    const nodes = items.map((item) => this.render(item));
    this.list.append(...nodes);
    this.shown += items.length;
    this.more.hidden = this.shown >= this.results.length;
    if (focus && nodes[0]) nodes[0].querySelector('a')?.focus();
    if (focus) {
      const count = this.results.length;
      this.status.textContent = this.string('search.shown', { shown: this.shown, count });
    }
  }

  private render({ data }: Shown): HTMLLIElement {
    const { labels } = this.config;
    const item = document.createElement('li');
    item.className = 'loa-search-result';
    const kind = data.filters.kind?.[0];
    const type = data.filters.type?.[0];
    const lang = data.filters.lang?.[0];
    const title = data.meta.title ?? data.url;

    const kicker = document.createElement('p');
    kicker.className = 'loa-search-result__kind';
    kicker.textContent = [kind && labels.kinds[kind], type && labels.types[type]].filter(Boolean).join(' · ');

    const heading = document.createElement('h2');
    heading.className = 'loa-search-result__title';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = title;
    if (lang && lang !== this.dataset.lang) {
      link.lang = lang;
      link.hreflang = lang;
    }
    heading.append(link);

    const facts = document.createElement('p');
    facts.className = 'loa-search-result__facts';
    const factList: string[] = [];
    if (data.meta.number) factList.push(this.string('search.number', { number: data.meta.number }));
    if (data.meta.date) factList.push(formatDateShortVi(data.meta.date));
    if (lang && lang !== this.dataset.lang) factList.push(labels.languages[lang] ?? lang);
    facts.textContent = factList.join(' · ');

    const excerpt = document.createElement('p');
    excerpt.className = 'loa-search-result__excerpt';
    if (lang && lang !== this.dataset.lang) excerpt.lang = lang;
    for (const part of buildExcerpt(data.content, this.state.query, { skipPrefix: title, equivalents: this.equivalents })) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(part.text);
    }

    item.append(...[kicker, heading, facts, excerpt].filter((node) => node.textContent));
    return item;
  }
}

customElements.define('loa-search', LoaSearch);
