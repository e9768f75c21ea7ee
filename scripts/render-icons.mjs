// Renders the add-in's icons into assets/ (issue 5): one glyph, a rounded blue tile holding an envelope with a
// green check badge, drawn as signed-distance shapes and anti-aliased by supersampling, so every size the
// manifest needs (desktop 16-128, mobile 25/32/48 at scale 1-3) comes from the same drawing.
// Run: node scripts/render-icons.mjs   (the PNGs are committed; the manifest test checks their sizes)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '..', 'assets');

/** Pixel sizes: desktop 16, 20, 24, 32, 40, 48, 64, 80, 128; mobile 25/32/48 x 1/2/3 adds 25, 50, 75, 96, 144. */
export const ICON_SIZES = Object.freeze([16, 20, 24, 25, 32, 40, 48, 50, 64, 75, 80, 96, 128, 144]);

/** Subsamples per pixel side: small icons need more to keep the thin strokes smooth. */
const samplesFor = (size) => (size <= 32 ? 8 : 4);

// Shapes in unit coordinates (0..1, y down); each returns a signed distance, negative inside.
const roundedBox = (cx, cy, hw, hh, r) => (x, y) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const segment = (ax, ay, bx, by, halfWidth) => (x, y) => {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - halfWidth;
};
const union =
  (...shapes) =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));

const BLUE = [15, 108, 189, 255]; // Fluent brand blue #0F6CBD
const WHITE = [255, 255, 255, 255];
const GREEN = [16, 124, 16, 255]; // #107C10

/** Layers, bottom first: [shape, colour]. The envelope flap is drawn as blue strokes over the white body. */
const LAYERS = [
  [roundedBox(0.5, 0.5, 0.47, 0.47, 0.2), BLUE],
  [roundedBox(0.45, 0.45, 0.29, 0.2, 0.04), WHITE],
  [union(segment(0.19, 0.3, 0.45, 0.5, 0.035), segment(0.45, 0.5, 0.71, 0.3, 0.035)), BLUE],
  [circle(0.71, 0.69, 0.23), BLUE], // a ring of the tile's colour separates the badge from the envelope
  [circle(0.71, 0.69, 0.18), GREEN],
  [union(segment(0.62, 0.69, 0.69, 0.76, 0.03), segment(0.69, 0.76, 0.81, 0.62, 0.03)), WHITE],
];

function colourAt(x, y) {
  let colour = null;
  for (const [shape, fill] of LAYERS) if (shape(x, y) <= 0) colour = fill;
  return colour;
}

/** Renders one square icon as a PNG buffer. */
export function renderIcon(size) {
  const png = new PNG({ width: size, height: size });
  const n = samplesFor(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied sums so edges blend towards transparent, not towards black.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 255;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round((r * 255) / a) : 0;
      png.data[i + 1] = a ? Math.round((g * 255) / a) : 0;
      png.data[i + 2] = a ? Math.round((b * 255) / a) : 0;
      png.data[i + 3] = Math.round(a / (n * n));
    }
  }
  return PNG.sync.write(png);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, renderIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
