/**
 * Share-card contents the card tests draw: the site identity, and one card of each kind of page
 * and language (two documents, so a test can edit one and keep the other).
 */
import type { CardContent } from '../../src/lib/cards/layout.ts';

export const CARD_IDENTITY = { siteName: 'Loa', publisher: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', host: 'loa.example.vn' };

export const SAMPLE_CARDS: readonly CardContent[] = [
  { ...CARD_IDENTITY, lang: 'vi', label: 'Chỉ thị', title: 'Chỉ thị về việc đẩy mạnh phong trào quần chúng bảo vệ an ninh Tổ quốc', facts: ['Số 11/CT-UB', '21/4/1998'] },
  { ...CARD_IDENTITY, lang: 'vi', label: 'Chỉ thị', title: 'Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an ninh, trật tự', facts: ['Số 09-CT/T.U'] },
  { ...CARD_IDENTITY, lang: 'vi', label: 'Điển hình', title: '“Tiếng chuông bình yên”: một mô hình được nêu trong báo cáo', facts: ['Mô hình “Tiếng chuông bình yên”'] },
  { ...CARD_IDENTITY, lang: 'vi', label: 'Hỏi – đáp', title: 'Ban Chỉ đạo 09 là gì?', facts: ['Đăng ngày 21/11/2026'] },
  { ...CARD_IDENTITY, lang: 'hmn', label: 'Lus nug thiab lus teb', title: 'Txoj kev tiv thaiv kev ruaj ntseg ntawm lub teb chaws', facts: ['21/11/2026'] },
  { ...CARD_IDENTITY, lang: 'km', label: 'សំណួរ និងចម្លើយ', title: 'ចលនាប្រជាជនទាំងមូលការពារសន្តិសុខមាតុភូមិ នៅក្នុងភូមិ ឃុំ និងសង្កាត់', facts: ['២១/១១/២០២៦'] },
];
