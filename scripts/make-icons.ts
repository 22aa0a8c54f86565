/**
 * Draws the Teams app icons: `manifest/color.png` (192×192, full colour) and
 * `manifest/outline.png` (32×32, white on transparent). The PNGs are committed;
 * run `npx tsx scripts/make-icons.ts` to regenerate them after changing the design.
 *
 * The motif is a traffic light (the reports' status lights) beside a check mark
 * (a report delivered). Shapes are signed-distance functions, sampled 4×4 per
 * pixel for smooth edges, so the script needs nothing but a PNG encoder.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/** Signed distance from a point to a shape: negative inside, positive outside. */
type Shape = (x: number, y: number) => number;

/** An RGB colour, each channel 0–255. */
type Rgb = readonly [number, number, number];

/** A shape painted in one colour; layers are painted in order, later on top. */
interface Layer {
  shape: Shape;
  colour: Rgb;
}

/** The app's deep blue; the manifest's accentColor is the same (#163E73). */
export const DEEP_BLUE: Rgb = [0x16, 0x3e, 0x73];
const WHITE: Rgb = [255, 255, 255];
const HOUSING: Rgb = [0x0c, 0x24, 0x45];
const RED: Rgb = [0xe0, 0x4f, 0x4f];
const AMBER: Rgb = [0xf5, 0xb8, 0x00];
const GREEN: Rgb = [0x3c, 0xb3, 0x71];

const SUPERSAMPLING = 4;

const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
    const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
    return outside + Math.min(Math.max(qx, qy), 0) - r;
  };

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;

/** A thick line with round caps. */
const stroke =
  (ax: number, ay: number, bx: number, by: number, width: number): Shape =>
  (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) - width / 2;
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));

/** The outline of a shape, as a band of the given width along its edge. */
const ring =
  (shape: Shape, width: number): Shape =>
  (x, y) =>
    Math.abs(shape(x, y) + width / 2) - width / 2;

/** The share (0–1) of a pixel covered by a shape. */
function coverage(shape: Shape, px: number, py: number): number {
  let inside = 0;
  for (let i = 0; i < SUPERSAMPLING; i++) {
    for (let j = 0; j < SUPERSAMPLING; j++) {
      const x = px + (i + 0.5) / SUPERSAMPLING;
      const y = py + (j + 0.5) / SUPERSAMPLING;
      if (shape(x, y) <= 0) inside++;
    }
  }
  return inside / (SUPERSAMPLING * SUPERSAMPLING);
}

/** Paints layers over an opaque background; returns an RGBA PNG. */
function paint(size: number, background: Rgb, layers: readonly Layer[]): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b] = background;
      for (const { shape, colour } of layers) {
        const a = coverage(shape, px, py);
        r = r * (1 - a) + colour[0] * a;
        g = g * (1 - a) + colour[1] * a;
        b = b * (1 - a) + colour[2] * a;
      }
      const i = (py * size + px) * 4;
      png.data[i] = Math.round(r);
      png.data[i + 1] = Math.round(g);
      png.data[i + 2] = Math.round(b);
      png.data[i + 3] = 255;
    }
  }
  return png;
}

/** The 192×192 colour icon: a white-framed traffic light and a white check mark on deep blue. */
export function renderColorIcon(): PNG {
  const housing = roundedRect(46, 36, 96, 156, 25);
  return paint(192, DEEP_BLUE, [
    { shape: housing, colour: WHITE },
    { shape: roundedRect(52, 42, 90, 150, 19), colour: HOUSING },
    { shape: circle(71, 63, 12), colour: RED },
    { shape: circle(71, 96, 12), colour: AMBER },
    { shape: circle(71, 129, 12), colour: GREEN },
    { shape: union(stroke(108, 100, 125, 118, 15), stroke(125, 118, 154, 76, 15)), colour: WHITE },
  ]);
}

/**
 * The 32×32 outline icon: the same motif in white on a transparent background.
 * Every pixel is white; only the alpha channel varies (Teams requires a white outline).
 */
export function renderOutlineIcon(): PNG {
  const size = 32;
  const motif = union(
    ring(roundedRect(5, 3, 16, 29, 5.5), 2),
    circle(10.5, 9.5, 2.1),
    circle(10.5, 16, 2.1),
    circle(10.5, 22.5, 2.1),
    stroke(18.5, 16.5, 21.5, 20, 2.6),
    stroke(21.5, 20, 27, 12, 2.6),
  );
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const i = (py * size + px) * 4;
      png.data[i] = 255;
      png.data[i + 1] = 255;
      png.data[i + 2] = 255;
      png.data[i + 3] = Math.round(coverage(motif, px, py) * 255);
    }
  }
  return png;
}

/** Writes both icons into the given folder (default: `manifest/`). */
export function writeIcons(dir: string = join(__dirname, '..', 'manifest')): string[] {
  const files = [join(dir, 'color.png'), join(dir, 'outline.png')];
  writeFileSync(files[0] as string, PNG.sync.write(renderColorIcon()));
  writeFileSync(files[1] as string, PNG.sync.write(renderOutlineIcon()));
  return files;
}

if (require.main === module) {
  for (const file of writeIcons()) console.log(file);
}
