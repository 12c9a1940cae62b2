import { describe, expect, it } from 'vitest';
import { compareDatesDesc, dateInVietnam, formatDateShortVi, formatDateVi, isRealDate, yearOf } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('accepts real calendar dates and refuses impossible ones', () => {
    expect(isRealDate('1998-04-21')).toBe(true);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('1998-02-30')).toBe(false);
    expect(isRealDate('1998-13-01')).toBe(false);
    expect(isRealDate('1998-00-10')).toBe(false);
    expect(isRealDate('21/4/1998')).toBe(false);
  });

  it('writes dates as official documents do', () => {
    expect(formatDateVi('1998-04-21')).toBe('ngày 21 tháng 4 năm 1998');
    expect(formatDateVi('2014-01-21')).toBe('ngày 21 tháng 1 năm 2014');
    expect(formatDateShortVi('2011-12-30')).toBe('30/12/2011');
  });

  it('gives the calendar day in Vietnam for an instant', () => {
    // 18:30 UTC on 30 June is already 1 July in Hà Nội (UTC+7).
    expect(dateInVietnam(new Date('2025-06-30T18:30:00Z'))).toBe('2025-07-01');
    expect(dateInVietnam(new Date('2025-06-30T16:59:00Z'))).toBe('2025-06-30');
  });

  it('sorts newest first with unknown dates last', () => {
    const dates = [null, '1998-04-21', '2011-12-30', null, '2001-01-01'];
    expect([...dates].sort(compareDatesDesc)).toEqual(['2011-12-30', '2001-01-01', '1998-04-21', null, null]);
    expect(yearOf('2011-12-30')).toBe(2011);
    expect(yearOf(null)).toBeNull();
  });
});
