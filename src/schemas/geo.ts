/** Simplified municipal boundaries as projected SVG paths (content/geo/, written by `npm run import:geo`). */
import { z, line, nisCode } from './common.ts';

/** An SVG path of absolute moves and lines in whole units, as `ringsToPath` writes it. */
const svgPath = z
  .string()
  .regex(/^(M-?\d+ -?\d+(L-?\d+ -?\d+)*Z)*$/, { error: 'Verwacht een SVG-pad met alleen M, L en Z' });

export const geoFileSchema = z.strictObject({
  bron: line(300),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  paths: z.record(nisCode, svgPath),
});
export type GeoFile = z.infer<typeof geoFileSchema>;
