/**
 * The images of the content tree's media folder (where the CMS uploads), imported so that Astro's
 * image pipeline resizes them and serves modern formats. Content refers to them by their public path
 * (`/media/<name>`, see src/lib/content/media-paths.ts).
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { MEDIA_DIR, MEDIA_PATH } from '../lib/content/media-paths.ts';

/** Widths built for each image: a phone's column and the text column at twice its pixel density. */
export const IMAGE_WIDTHS = [400, 800];

// Keys are the files' paths from the project root ("/content/media/foto.jpg"); the CMS uploads into the folder itself.
const files = import.meta.glob<{ default: ImageMetadata }>('@media/**/*.{jpg,jpeg,png,webp,avif}', { eager: true });
const byPublicPath = new Map(
  Object.entries(files).map(([key, module]) => [`${MEDIA_PATH}/${key.slice(key.lastIndexOf(`/${MEDIA_DIR}/`) + MEDIA_DIR.length + 2)}`, module.default]),
);

/** The imported image for a `/media/...` path; the content validator has made sure it exists. */
export function mediaImage(publicPath: string): ImageMetadata {
  const image = byPublicPath.get(publicPath);
  if (!image) throw new Error(`Afbeelding ${publicPath} staat niet in de mediamap (gevonden: ${[...byPublicPath.keys()].join(', ') || 'geen'})`);
  return image;
}

/** The address of a media image as the site serves it (the largest WebP the fiche offers), for the open-data exports. */
export async function publishedImageUrl(publicPath: string, base: URL): Promise<string> {
  const image = mediaImage(publicPath);
  const built = await getImage({ src: image, width: Math.min(Math.max(...IMAGE_WIDTHS), image.width), format: 'webp' });
  return new URL(built.src, base).href;
}
