/**
 * The version of a master text that a translation was made from: a short hash of the master
 * file. When the master changes, the hash changes and the translation is shown as possibly
 * out of date.
 */
import { createHash } from 'node:crypto';

/** First 12 hex characters of the SHA-256 of the master file's text (line endings normalised). */
export function masterVersion(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex').slice(0, 12);
}
