/**
 * The images of the content tree's media folder (where the CMS uploads), imported so that Astro's
 * image pipeline resizes them and serves modern formats. Content refers to them by their public path
 * (`/media/<name>`, see src/lib/content/media-paths.ts).
 *
 * The folder is globbed lazily: an image is imported only when a published practice uses it, so an
 * upload nobody references is never published. Only the pipeline's outputs are served (re-encoded
 * by sharp, which writes no EXIF, XMP or IPTC and applies the orientation); the original upload is
 * not, because nothing here reads its properties outside the pipeline (Astro copies an original to
 * /_astro/ as soon as code reads, say, its width). src/integrations/security.ts checks the result.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { MEDIA_DIR, MEDIA_PATH } from '../lib/content/media-paths.ts';

/** Widths built for each image: a phone's column and the text column at twice its pixel density. */
export const IMAGE_WIDTHS = [400, 800];

// Keys are the files' paths from the project root ("/content/media/foto.jpg"); the CMS uploads into the folder itself.
const files = import.meta.glob<{ default: ImageMetadata }>('@media/**/*.{jpg,jpeg,png,webp,avif}');
const byPublicPath = new Map(
  Object.entries(files).map(([key, load]) => [
    `${MEDIA_PATH}/${key.slice(key.lastIndexOf(`/${MEDIA_DIR}/`) + MEDIA_DIR.length + 2)}`,
    load,
  ]),
);

/** The imported image for a `/media/...` path; the content validator has made sure it exists. */
export async function mediaImage(publicPath: string): Promise<ImageMetadata> {
  const load = byPublicPath.get(publicPath);
  if (!load)
    throw new Error(
      `Afbeelding ${publicPath} staat niet in de mediamap (gevonden: ${[...byPublicPath.keys()].join(', ') || 'geen'})`,
    );
  return (await load()).default;
}

/** The address of a media image as the site serves it (the largest WebP the fiche offers), for the open-data exports. */
export async function publishedImageUrl(publicPath: string, base: URL): Promise<string> {
  const image = await mediaImage(publicPath);
  // `clone` reads the size without marking the original as used outside the pipeline (see above).
  const { width } = (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
  const built = await getImage({ src: image, width: Math.min(Math.max(...IMAGE_WIDTHS), width), format: 'webp' });
  return new URL(built.src, base).href;
}
