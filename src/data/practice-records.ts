/**
 * One published practice as an open-data record (JSON and CSV): its public fields as in the schema,
 * its web address, and its images at the address the site serves them from (the `/media/` path in
 * the content is where the CMS keeps the upload, not a page of the site).
 */
import { practiceSchema } from '../schemas/practice.ts';
import { publicData } from '../lib/practices/export.ts';
import { publishedImageUrl } from './media.ts';
import type { PracticeView } from './practices.ts';

export async function practiceRecord(p: PracticeView, base: URL): Promise<Record<string, unknown>> {
  const data = publicData(practiceSchema, p.data) as Record<string, unknown> & { afbeeldingen?: { src: string }[] };
  const afbeeldingen = await Promise.all(
    (data.afbeeldingen ?? []).map(async (image) => ({ ...image, src: await publishedImageUrl(image.src, base) })),
  );
  return { id: p.id, url: new URL(p.href, base).href, ...data, afbeeldingen };
}
