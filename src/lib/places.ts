/**
 * Places and their history through administrative mergers, in words for readers.
 */
import type { PlaceData } from '../schemas/place.ts';
import { formatDateVi } from './dates.ts';

const KIND_WORDS: Record<PlaceData['kind'], string> = {
  tinh: 'tỉnh',
  'thanh-pho-truc-thuoc-trung-uong': 'thành phố',
  xa: 'xã',
  phuong: 'phường',
  'dac-khu': 'đặc khu',
};

/** "tỉnh Phú Thọ". */
export function placeLabel(place: Pick<PlaceData, 'kind' | 'name'>): string {
  return `${KIND_WORDS[place.kind]} ${place.name}`;
}

/** One sentence per event, e.g. "Nhập vào tỉnh Lào Cai từ ngày 1 tháng 7 năm 2025 theo Nghị quyết…". */
export function historySentences(place: PlaceData, nameOf: (id: string) => string): string[] {
  return place.history.map((event) => {
    const date = formatDateVi(event.on);
    if (event.event === 'merged-into') return `Nhập vào ${event.into ? nameOf(event.into) : '…'} từ ${date} theo ${event.by}.`;
    const from = (event.from ?? []).map(nameOf);
    return `Hình thành từ việc hợp nhất ${from.join(', ')} từ ${date} theo ${event.by}.`;
  });
}
