/**
 * The images of the content tree's media folder (`content/media/`, where the CMS uploads), imported
 * so that Astro's image pipeline resizes them and serves modern formats. Content refers to them as
 * `/media/<name>`, the CMS's public path.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

const files = import.meta.glob<{ default: ImageMetadata }>('@media/**/*.{jpg,jpeg,png,webp,avif}', { eager: true });
const byPublicPath = new Map(Object.entries(files).map(([key, module]) => [`/media/${key.replace(/^.*?\/media\//, '')}`, module.default]));

/** The imported image for a `/media/...` path; the content validator has made sure it exists. */
export function mediaImage(publicPath: string): ImageMetadata {
  const image = byPublicPath.get(publicPath);
  if (!image) throw new Error(`Afbeelding ${publicPath} staat niet in de mediamap (gevonden: ${[...byPublicPath.keys()].join(', ') || 'geen'})`);
  return image;
}

/** The address of a media image as the site serves it (WebP, 800 px wide at most), for the open-data exports. */
export async function publishedImageUrl(publicPath: string, base: URL): Promise<string> {
  const image = mediaImage(publicPath);
  const built = await getImage({ src: image, width: Math.min(800, image.width), format: 'webp' });
  return new URL(built.src, base).href;
}
