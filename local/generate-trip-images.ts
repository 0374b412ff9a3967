// Generates the demo catalogue's trip images (committed under public/images/trips) so the seed needs no external
// image host. Run again after adding a destination: npx tsx local/generate-trip-images.ts
import { writeFileSync } from "node:fs";
import { DESTINATIONS, IMAGES_PER_DESTINATION } from "../prisma/seed-data";

const PALETTES = [
  ["#0f4c5c", "#5f9ea0", "#e36414", "#fb8b24", "#fef3c7"],
  ["#1d3557", "#457b9d", "#a8dadc", "#f1faee", "#e63946"],
  ["#283618", "#606c38", "#dda15e", "#bc6c25", "#fefae0"],
  ["#3d405b", "#81b29a", "#f2cc8f", "#e07a5f", "#f4f1de"],
  ["#22223b", "#4a4e69", "#9a8c98", "#c9ada7", "#f2e9e4"],
  ["#03045e", "#0077b6", "#00b4d8", "#90e0ef", "#caf0f8"],
];

function rand(seed: number) {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296;
}

function ridge(r: () => number, base: number, amp: number, steps = 8) {
  const pts = Array.from({ length: steps + 1 }, (_, i) => `${(i * 800) / steps},${Math.round(base - r() * amp)}`);
  return `M0,600 L${pts.join(" L")} L800,600 Z`;
}

function scene(seed: number, variant: number) {
  const r = rand(seed);
  const [deep, mid, warm, hot, light] = PALETTES[seed % PALETTES.length];
  const sunX = 150 + Math.round(r() * 500);
  const sky = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${variant === 1 ? deep : mid}"/><stop offset="1" stop-color="${variant === 1 ? hot : light}"/></linearGradient></defs><rect width="800" height="600" fill="url(#sky)"/>`;
  const sun = `<circle cx="${sunX}" cy="${160 + Math.round(r() * 60)}" r="${50 + Math.round(r() * 30)}" fill="${variant === 1 ? light : hot}" opacity="0.9"/>`;
  let land = "";
  if (variant === 0) {
    land = `<path d="${ridge(r, 330, 160, 6)}" fill="${mid}" opacity="0.7"/><path d="${ridge(r, 420, 140, 9)}" fill="${deep}" opacity="0.85"/><path d="${ridge(r, 520, 60, 12)}" fill="${deep}"/>`;
  } else if (variant === 1) {
    land =
      `<rect y="400" width="800" height="200" fill="${deep}"/>` +
      Array.from(
        { length: 6 },
        (_, i) =>
          `<rect x="0" y="${420 + i * 28}" width="800" height="3" fill="${light}" opacity="${0.25 - i * 0.03}"/>`,
      ).join("") +
      `<path d="${ridge(r, 410, 70, 10)}" fill="${mid}" opacity="0.8" transform="translate(0,-10) scale(1,0.7) translate(0,170)"/>`;
  } else {
    const blocks = Array.from({ length: 16 }, (_, i) => {
      const w = 40 + Math.round(r() * 30);
      const h = 90 + Math.round(r() * 170);
      return (
        `<rect x="${i * 52 - 10}" y="${520 - h}" width="${w}" height="${h + 80}" rx="3" fill="${i % 2 ? deep : mid}"/>` +
        (r() > 0.5 ? `<path d="M${i * 52 - 10},${520 - h} q${w / 2},-${w / 1.6} ${w},0 z" fill="${warm}"/>` : "")
      );
    }).join("");
    land = `${blocks}<rect y="520" width="800" height="80" fill="${deep}"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600" width="800" height="600">${sky}${sun}${land}</svg>\n`;
}

DESTINATIONS.forEach((d, i) => {
  for (let n = 0; n < IMAGES_PER_DESTINATION; n++) {
    writeFileSync(`public/images/trips/${d.slug}-${n + 1}.svg`, scene(i * 7 + n * 13 + 3, n));
  }
});
console.log(`wrote ${DESTINATIONS.length * IMAGES_PER_DESTINATION} images`);
