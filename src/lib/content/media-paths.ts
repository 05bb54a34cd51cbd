/**
 * Where uploaded images live: the folder in the content tree the CMS uploads to, and the path content
 * uses to refer to them (the CMS's public_folder). The build reads them from the folder through Astro's
 * image pipeline; nothing is served at the public path itself.
 */
export const MEDIA_DIR = 'media';
export const MEDIA_PATH = '/media';

/** "/media/foto.jpg" → "foto.jpg", the file's path inside the media folder. */
export function mediaFileOf(publicPath: string): string {
  if (!publicPath.startsWith(`${MEDIA_PATH}/`)) throw new Error(`Geen pad onder ${MEDIA_PATH}/: ${publicPath}`);
  return publicPath.slice(MEDIA_PATH.length + 1);
}
