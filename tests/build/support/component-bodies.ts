/**
 * A document whose body uses components the way editors write them, with the Markdown around
 * them that renders differently if a body is cut up carelessly: headings with the same text
 * inside and outside a task (their ids must not repeat), a footnote and a link definition used
 * across components, lists and a quotation just before a closing tag, a task opening straight
 * after another closes, text straight under an opening tag, and inline HTML.
 */
export const COMPONENT_DOCUMENT = 'src/content/documents/ke-hoach-thu-cach-trinh-bay/vi.mdx';

export const COMPONENT_DOCUMENT_TEXT = `---
title: 'Kế hoạch thử cách trình bày nhiệm vụ'
type: ke-hoach
number: null
issuer: ubnd-tinh-phu-tho
signer:
  name: null
  capacity: null
issuedAt: null
issuedOn: null
effectiveOn: null
province: phu-tho
legalStatus: unknown
summary: null
references: []
source:
  name: null
publishedOn: '2026-11-01'
---

Mở đầu có chú thích.[^1] Xem [văn bản gốc][vb].

## Nhiệm vụ

<Task n="1." agencies="cong-an-tinh">
## Nhiệm vụ

Đoạn một "trong ngoặc" -- gạch.

- ý một
- ý hai
</Task>

<Task n="2." section="II" agencies="cong-an-tinh" partners="so-tai-chinh">

> Trích dẫn trong nhiệm vụ.

Đoạn có <span lang="vi">thẻ</span> và **chữ đậm**, xem [văn bản gốc][vb].

1. một
2. hai
</Task>
<Task n="3." agencies="cong-an-tinh">
Nhiệm vụ mở ngay sau thẻ đóng.
</Task>

<Callout kind="note">
Lưu ý ngắn.
</Callout>

<Quote source="Trưởng bản">
Câu một.

Câu hai.
</Quote>

## Nhiệm vụ

Đoạn cuối.

[vb]: https://example.org/van-ban
[^1]: Chú thích cuối.
`;
