/** The build's last check on uploads: an image in the output that still carries EXIF, XMP or IPTC is found. */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { imagesWithMetadata } from '../../../src/lib/hosting/published-images.ts';

describe('imagesWithMetadata', () => {
  it('finds EXIF (author, GPS) and XMP in published images and passes re-encoded ones', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-images-'));
    try {
      mkdirSync(join(root, '_astro'));
      const base = sharp({ create: { width: 8, height: 8, channels: 3, background: 'blue' } });
      await base
        .clone()
        .withExif({ IFD0: { Artist: 'Jan Peeters' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 3/1 0/1' } })
        .jpeg()
        .toFile(join(root, '_astro', 'lek.jpg'));
      await base
        .clone()
        .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Jan</dc:creator></x:xmpmeta>')
        .webp()
        .toFile(join(root, '_astro', 'lek.webp'));
      await base
        .clone()
        .avif()
        .toFile(join(root, '_astro', 'schoon.avif'));
      await sharp(join(root, '_astro', 'lek.jpg'))
        .rotate()
        .webp()
        .toFile(join(root, '_astro', 'hercodeerd.webp'));
      expect(await imagesWithMetadata(root)).toEqual([
        { file: '_astro/lek.jpg', blocks: ['exif'] },
        { file: '_astro/lek.webp', blocks: ['xmp'] },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
