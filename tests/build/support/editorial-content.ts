/**
 * Content added to a copy of the site by the editorial build test: a published story with phone
 * photos, a figure, a recording and a quotation; a draft document; a story and an explainer
 * scheduled after the build date. Each unpublished item carries a marker that must appear in
 * no output file.
 */

/** The build date the test builds with. */
export const BUILD_DATE = '2026-12-01';

/** Strings that exist only in unpublished items. */
export const UNPUBLISHED_MARKERS = [
  'van-ban-nhap-chua-cong-bo',
  'Kế hoạch nháp chưa công bố',
  '99/KH-NHAP',
  'bai-hen-gio-thang-12',
  'Bài hẹn giờ tháng Mười hai',
  'hoi-dap-hen-gio',
  'Hỏi đáp hẹn giờ chưa đến ngày',
];

export const PUBLISHED_STORY = 'stories/to-tu-quan-ban-na-ngan/vi.mdx';

export const EDITORIAL_FILES: Record<string, string> = {
  [`src/content/${PUBLISHED_STORY}`]: `---
title: 'Tổ tự quản an ninh trật tự ở bản Nà Ngần'
summary: 'Một tổ tự quản được chụp ảnh và ghi âm khi họp bản.'
modelName: 'Tổ tự quản an ninh trật tự'
province: phu-tho
locality: 'bản Nà Ngần'
publishedOn: '2026-11-21'
sources:
  - document: chi-thi-09-ct-tu-2011
photos:
  - src: anh-hop-ban.jpg
    alt: 'Các thành viên tổ tự quản ngồi họp ở nhà văn hóa bản'
    credit: 'Công an xã'
    caption: 'Buổi họp bản đầu tháng.'
---

Tổ tự quản họp mỗi tháng một lần.

<Figure src="anh-tuan-tra.jpg" alt="Hai thành viên tổ tự quản đi tuần trên đường bản" credit="Công an xã" caption="Tuần tra buổi tối." />

<Quote source="Trưởng bản Nà Ngần">
Bản có tổ tự quản thì bà con yên tâm làm ăn.
</Quote>

<Callout kind="warning">
Không chuyển tiền cho người lạ gọi điện tự xưng là công an.
</Callout>

<Audio src="ghi-am-hop-ban.wav" lang="hmn" title="Trưởng bản kể về tổ tự quản">
Peb lub zos muaj pab neeg saib xyuas kev thaj yeeb.
</Audio>
`,
  'src/content/documents/van-ban-nhap-chua-cong-bo/vi.mdx': `---
title: 'Kế hoạch nháp chưa công bố về tuần tra'
type: ke-hoach
number: '99/KH-NHAP'
issuer: ubnd-tinh-phu-tho
signer:
  name: null
  capacity: null
issuedAt: null
issuedOn: '2026-11-20'
effectiveOn: null
province: phu-tho
legalStatus: in-force
summary: null
references:
  - number: '11/CT-UB'
    relation: implements
source:
  name: null
publishedOn: '2026-11-21'
draft: true
---

<Task n="1." agencies="cong-an-tinh">
Công an tỉnh tổ chức tuần tra theo kế hoạch nháp.
</Task>
`,
  'src/content/stories/bai-hen-gio-thang-12/vi.mdx': `---
title: 'Bài hẹn giờ tháng Mười hai'
summary: 'Chưa đến ngày đăng.'
modelName: 'Mô hình hẹn giờ'
province: phu-tho
locality: null
publishedOn: '2026-12-15'
sources:
  - document: chi-thi-11-ct-ub-phu-tho-1998
---

Bài này chỉ lên trang từ ngày 15 tháng 12.
`,
  'src/content/explainers/hoi-dap-hen-gio/vi.mdx': `---
title: 'Hỏi đáp hẹn giờ chưa đến ngày'
summary: 'Chưa đến ngày đăng.'
publishedOn: '2026-12-02'
lastReviewedOn: null
reviewer: null
sources:
  - document: chi-thi-11-ct-ub-phu-tho-1998
---

<Question id="hen-gio" q="Khi nào bài này lên trang?">
Từ ngày 2 tháng 12.

<Basis document="chi-thi-11-ct-ub-phu-tho-1998" provision="mục 1" />
</Question>
`,
};
