/**
 * Photos, recordings and transcripts that editors put in an item's folder, found by file name.
 * Images go through Astro's image pipeline (resized, compressed, with width and height);
 * recordings are copied to the output with a hashed name. Only what a page uses is loaded.
 */
import type { ImageMetadata } from 'astro';
import type { ItemKind } from '../lib/routes.ts';

const images = import.meta.glob<ImageMetadata>('/src/content/*/*/**/*.{jpg,jpeg,png,webp,avif,gif,JPG,JPEG,PNG,WEBP,AVIF,GIF}', {
  import: 'default',
});
const recordings = import.meta.glob<string>('/src/content/*/*/**/*.{mp3,m4a,aac,ogg,oga,opus,wav,MP3,M4A,AAC,OGG,OGA,OPUS,WAV}', {
  query: '?url',
  import: 'default',
});
const transcripts = import.meta.glob<string>('/src/content/*/*/**/*.{txt,md}', { query: '?raw', import: 'default' });

/** The item a body is being rendered for, set by the item layouts in Astro.locals. */
export interface ItemRef {
  collection: ItemKind;
  id: string;
}

function key(item: ItemRef, file: string): string {
  return `/src/content/${item.collection}/${item.id}/${file.replace(/^\.\//, '')}`;
}

async function find<T>(files: Record<string, () => Promise<T>>, item: ItemRef | undefined, file: string, what: string, component: string): Promise<T> {
  const load = item ? files[key(item, file)] : undefined;
  if (!load) {
    const where = item ? `src/content/${item.collection}/${item.id}/` : 'thư mục của mục';
    throw new Error(`<${component} src="${file}">: không thấy tệp ${what} "${file}" trong ${where}. Chạy "npm run check" để xem hướng dẫn sửa. (Missing file.)`);
  }
  return load();
}

export function itemImage(item: ItemRef | undefined, file: string): Promise<ImageMetadata> {
  return find(images, item, file, 'ảnh', 'Figure');
}

/** URL of a recording in the built site. */
export function itemRecording(item: ItemRef | undefined, file: string): Promise<string> {
  return find(recordings, item, file, 'ghi âm', 'Audio');
}

export function itemTranscript(item: ItemRef | undefined, file: string): Promise<string> {
  return find(transcripts, item, file, 'bản ghi lời', 'Audio');
}
