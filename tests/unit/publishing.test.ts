/**
 * Drafts and scheduling: which items are published on a given build date, in the build and in
 * the preview, and how the build date is chosen.
 */
import { describe, expect, it } from 'vitest';
import { buildDate, buildMode, isPublished, publicationState } from '../../src/lib/publishing.ts';

const item = (publishedOn: string, draft?: boolean) => ({ data: { publishedOn, draft } });

describe('publication state', () => {
  it('publishes an item on and after its publishedOn date, never before', () => {
    expect(publicationState(item('2026-11-21').data, '2026-11-21')).toBe('published');
    expect(publicationState(item('2026-11-20').data, '2026-11-21')).toBe('published');
    expect(publicationState(item('2026-11-22').data, '2026-11-21')).toBe('scheduled');
  });

  it('keeps a draft a draft whatever its date', () => {
    expect(publicationState(item('2020-01-01', true).data, '2026-11-21')).toBe('draft');
    expect(publicationState(item('2030-01-01', true).data, '2026-11-21')).toBe('draft');
    expect(publicationState(item('2020-01-01', false).data, '2026-11-21')).toBe('published');
  });

  it('leaves drafts and scheduled items out of the build and keeps them in the preview', () => {
    const items = [item('2026-11-01'), item('2026-11-01', true), item('2026-12-24')];
    expect(items.map((i) => isPublished(i, '2026-11-21', 'production'))).toEqual([true, false, false]);
    expect(items.map((i) => isPublished(i, '2026-11-21', 'preview'))).toEqual([true, true, true]);
    // The scheduled item appears by itself once its day comes.
    expect(isPublished(items[2]!, '2026-12-24', 'production')).toBe(true);
  });
});

describe('build date', () => {
  it('is LOA_BUILD_DATE when set', () => {
    expect(buildDate({ LOA_BUILD_DATE: '2026-12-01' }, () => new Date('2030-01-01T00:00:00Z'))).toBe('2026-12-01');
    expect(buildDate({ LOA_BUILD_DATE: ' 2026-12-01 ' })).toBe('2026-12-01');
  });

  it('is otherwise the current date in Vietnam, not in UTC', () => {
    // 18:00 UTC on 21 November is 01:00 on 22 November in Hà Nội.
    expect(buildDate({}, () => new Date('2026-11-21T18:00:00Z'))).toBe('2026-11-22');
    expect(buildDate({ LOA_BUILD_DATE: '' }, () => new Date('2026-11-21T16:59:00Z'))).toBe('2026-11-21');
  });

  it('refuses a date that is not YYYY-MM-DD or does not exist, in Vietnamese', () => {
    expect(() => buildDate({ LOA_BUILD_DATE: '1/12/2026' })).toThrow(
      'LOA_BUILD_DATE="1/12/2026" không phải ngày dạng YYYY-MM-DD (ví dụ LOA_BUILD_DATE=2026-12-01). (LOA_BUILD_DATE must be a real date written YYYY-MM-DD.)',
    );
    expect(() => buildDate({ LOA_BUILD_DATE: '2026-02-30' })).toThrow(/không phải ngày dạng YYYY-MM-DD/);
  });
});

describe('build mode', () => {
  it('is the preview only when the dev server says so, whatever NODE_ENV is', () => {
    expect(buildMode({ LOA_MODE: 'preview' })).toBe('preview');
    expect(buildMode({ LOA_MODE: 'production', NODE_ENV: 'development' })).toBe('production');
    expect(buildMode({ NODE_ENV: 'test' })).toBe('production');
  });
});
