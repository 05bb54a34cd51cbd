/**
 * Map geometry for build-time SVG: projection to a fixed frame, Douglas-Peucker simplification
 * and compact path strings. Runs in the import script, so pages only concatenate stored paths.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';

type Ring = [number, number][];

function perpendicularDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  const [x, y] = p;
  const [x1, y1] = a;
  const [x2, y2] = b;
  const dx = x2 - x1;
  const dy = y2 - y1;
  if (dx === 0 && dy === 0) return Math.hypot(x - x1, y - y1);
  return Math.abs(dy * x - dx * y + x2 * y1 - y2 * x1) / Math.hypot(dx, dy);
}

/** Douglas-Peucker on an open or closed polyline; keeps the end points. */
export function simplify(points: Ring, tolerance: number): Ring {
  if (points.length <= 2) return points.slice();
  let index = 0;
  let max = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = perpendicularDistance(points[i], points[0], points.at(-1)!);
    if (d > max) {
      max = d;
      index = i;
    }
  }
  if (max <= tolerance) return [points[0], points.at(-1)!];
  return [...simplify(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(points.slice(index), tolerance)];
}

/** An SVG path for projected rings, rounded to whole units; rings that collapse are dropped. */
export function ringsToPath(rings: Ring[]): string {
  return rings
    .filter((r) => r.length >= 4)
    .map((r) => {
      let last = '';
      const parts: string[] = [];
      for (const [x, y] of r) {
        const p = `${Math.round(x)} ${Math.round(y)}`;
        if (p !== last) parts.push(p);
        last = p;
      }
      return parts.length >= 3 ? `M${parts.join('L')}Z` : '';
    })
    .join('');
}

/**
 * The same path in relative lines ("M432 150l-2-2 6-1z"): a map of 285 municipalities is mostly path
 * data, and small deltas take about half the characters of absolute coordinates, which keeps every map
 * within its byte budget. Reads only what `ringsToPath` writes (M, L and Z with whole numbers).
 */
export function toRelativePath(absolute: string): string {
  const token = /([MLZ])(?:(-?\d+) (-?\d+))?/gy;
  let out = '';
  let x = 0;
  let y = 0;
  let inLine = false;
  let read = 0;
  let match: RegExpExecArray | null;
  while ((match = token.exec(absolute))) {
    const [, command, xs, ys] = match;
    read = token.lastIndex;
    if (command === 'Z') {
      out += 'z';
      inLine = false;
      continue;
    }
    if (xs === undefined || ys === undefined) {
      read -= 1;
      break;
    }
    const nx = Number(xs);
    const ny = Number(ys);
    if (command === 'M') {
      out += `M${nx} ${ny}`;
    } else {
      const dx = nx - x;
      const dy = ny - y;
      // Within one run of lines the command letter is implied; a minus sign separates numbers by itself.
      out += (inLine ? (dx < 0 ? '' : ' ') : 'l') + dx + (dy < 0 ? '' : ' ') + dy;
      inLine = true;
    }
    x = nx;
    y = ny;
  }
  if (read !== absolute.length) {
    throw new Error(`Not a path of M, L and Z with whole numbers at "${absolute.slice(read, read + 20)}"`);
  }
  return out;
}

export interface ProjectedMap {
  width: number;
  height: number;
  paths: Record<string, string>;
}

type Position = [number, number];
/** A GeoJSON feature with a (Multi)Polygon geometry, in longitude/latitude. */
export interface BoundaryFeature {
  properties: Record<string, string>;
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

/** Projects a FeatureCollection of (Multi)Polygons keyed by `idProperty` into simplified SVG paths. */
export function projectMap(
  collection: { features: BoundaryFeature[] },
  idProperty: string,
  width: number,
  tolerance: number,
): ProjectedMap {
  const projection = geoMercator().fitWidth(width, collection as unknown as GeoPermissibleObjects);
  const bounds = geoPath(projection).bounds(collection as unknown as GeoPermissibleObjects);
  const height = Math.ceil(bounds[1][1]);
  const paths: Record<string, string> = {};
  for (const f of collection.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = polygons.flatMap((poly) =>
      poly.map((ring) => simplify(ring.map((c) => projection(c)!) as Ring, tolerance)),
    );
    paths[f.properties[idProperty]] = ringsToPath(rings);
  }
  return { width, height, paths };
}
