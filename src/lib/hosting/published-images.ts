/**
 * Checks the images a build publishes for embedded metadata. An upload may carry the camera's GPS
 * position, the author's name or an address in its EXIF, XMP or IPTC blocks; the image pipeline
 * re-encodes without them (src/data/media.ts), and this proves it for every file in the output.
 */
import sharp from 'sharp';
import { join } from 'node:path';
import { filesUnder } from '../shared/files.ts';

const RASTER = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
const BLOCKS = ['exif', 'xmp', 'iptc'] as const;

/** Each raster image under `root` that still carries EXIF, XMP or IPTC, with the blocks found. */
export async function imagesWithMetadata(root: string): Promise<{ file: string; blocks: string[] }[]> {
  const found: { file: string; blocks: string[] }[] = [];
  for (const file of filesUnder(root).filter((f) => RASTER.test(f))) {
    const metadata = await sharp(join(root, file)).metadata();
    const blocks = BLOCKS.filter((block) => metadata[block]?.length);
    if (blocks.length) found.push({ file, blocks });
  }
  return found;
}
