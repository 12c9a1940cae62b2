/**
 * The version of a master text a translation was made from: the first 12 hex digits of the
 * SHA-256 of the master's vi.mdx (frontmatter and body, exactly as stored). A variant records it
 * in `masterVersion`; when the master changes, the two differ and the translation is behind.
 */
import { createHash } from 'node:crypto';

export function masterVersion(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}
