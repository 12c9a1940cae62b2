/**
 * `npm run check`: checks all content (fields, references, components, photos, drafts) without
 * building the site, and prints every problem at once as "file:line  field  message" in
 * Vietnamese with the fix. Exits 1 when there is a problem, so CI stops before building.
 * The build runs the same check (src/integrations/content-check.ts).
 */
import { checkContent } from '../src/lib/content-check.ts';
import { formatReport } from '../src/lib/content-errors.ts';
import { BUILD_DATE_VARIABLE, buildDate } from '../src/lib/publishing.ts';

const root = process.cwd();
const started = performance.now();
let date: string;
try {
  date = buildDate();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { problems, files } = checkContent(root, { buildDate: date });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (problems.length > 0) {
  console.error(formatReport(problems));
  console.error(`\nSửa các lỗi trên rồi chạy lại "npm run check". Hướng dẫn: docs/huong-dan-bien-tap.md. (${files} tệp, ${seconds} s)`);
  process.exit(1);
}
console.log(`Nội dung hợp lệ: ${files} tệp, không có lỗi (${seconds} s; ngày dựng ${date}, đặt bằng ${BUILD_DATE_VARIABLE}). (Content OK.)`);
