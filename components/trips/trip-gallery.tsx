"use client";

import dynamic from "next/dynamic";
import Image from "next/image";
import { useRef, useState } from "react";
import { photoAlt, servedAsIs } from "@/lib/trips/image-src";
import { useLazyOverlay } from "@/lib/ui/lazy-overlay";

const loadLightbox = () => import("./trip-gallery-lightbox");
const TripGalleryLightbox = dynamic(() => loadLightbox().then((m) => m.TripGalleryLightbox), { ssr: false });

/**
 * The trip's photos as a grid of buttons; each opens a lightbox (a modal dialog) on that photo. ← and → move between
 * photos, Escape closes, and focus goes back to the thumbnail that opened it. The lightbox's code is fetched when the
 * visitor reaches for a photo (lib/ui/lazy-overlay.ts).
 */
export function TripGallery({ title, images }: { title: string; images: string[] }) {
  const overlay = useLazyOverlay(loadLightbox);
  const [index, setIndex] = useState(0);
  const opener = useRef<number>(0);
  const thumbs = useRef<(HTMLButtonElement | null)[]>([]);
  const count = images.length;
  if (count === 0) return null;

  const show = (i: number) => {
    opener.current = i;
    setIndex(i);
    overlay.show();
  };
  return (
    <>
      <ul className="grid gap-2 sm:grid-cols-3 sm:grid-rows-2" aria-label="Photos">
        {images.map((src, i) => (
          <li
            key={src}
            className={`relative aspect-[4/3] overflow-hidden rounded-xl bg-muted ${i === 0 ? "sm:col-span-2 sm:row-span-2" : ""} ${i > 2 ? "hidden sm:block" : ""}`}
          >
            <button
              type="button"
              ref={(el) => {
                thumbs.current[i] = el;
              }}
              {...overlay.trigger}
              onClick={() => show(i)}
              className="absolute inset-0 cursor-zoom-in rounded-xl focus-visible:ring-[3px] focus-visible:ring-ring focus-visible:outline-none"
            >
              <Image
                src={src}
                alt={photoAlt(title, i, count)}
                fill
                unoptimized={servedAsIs(src)}
                sizes={i === 0 ? "(min-width: 640px) 60vw, 100vw" : "(min-width: 640px) 30vw, 100vw"}
                className="object-cover transition-transform hover:scale-[1.02]"
                priority={i === 0}
              />
            </button>
          </li>
        ))}
      </ul>
      {overlay.mounted ? (
        <TripGalleryLightbox
          title={title}
          images={images}
          index={index}
          onStep={(by) => setIndex((i) => (i + by + count) % count)}
          open={overlay.open}
          onOpenChange={overlay.setOpen}
          onClosed={() => thumbs.current[opener.current]?.focus()}
        />
      ) : null}
    </>
  );
}
