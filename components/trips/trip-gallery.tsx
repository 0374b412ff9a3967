"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import Image from "next/image";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { servedAsIs } from "@/lib/trips/image-src";

const photoAlt = (title: string, i: number, count: number) => `${title}, photo ${i + 1} of ${count}`;

/**
 * The trip's photos as a grid of buttons; each opens a lightbox (a modal dialog) on that photo. ← and → move between
 * photos, Escape closes, and focus goes back to the thumbnail that opened it.
 */
export function TripGallery({ title, images }: { title: string; images: string[] }) {
  const [open, setOpen] = useState(false);
  const [index, setIndex] = useState(0);
  const opener = useRef<number>(0);
  const thumbs = useRef<(HTMLButtonElement | null)[]>([]);
  const count = images.length;
  if (count === 0) return null;

  const show = (i: number) => {
    opener.current = i;
    setIndex(i);
    setOpen(true);
  };
  const step = (by: number) => setIndex((i) => (i + by + count) % count);

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
              onClick={() => show(i)}
              aria-haspopup="dialog"
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
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent
          wide
          onKeyDown={(e) => {
            if (e.key === "ArrowRight") step(1);
            else if (e.key === "ArrowLeft") step(-1);
            else return;
            e.preventDefault();
          }}
          onCloseAutoFocus={(e) => {
            // Radix would focus the dialog's trigger; the lightbox has none, so focus the thumbnail that opened it
            e.preventDefault();
            thumbs.current[opener.current]?.focus();
          }}
        >
          <DialogTitle className="pr-8">{title}</DialogTitle>
          <DialogDescription aria-live="polite">
            Photo {index + 1} of {count}
            {count > 1 ? " — use the arrow keys or the buttons to see the others" : ""}
          </DialogDescription>
          <div className="relative aspect-[4/3] w-full overflow-hidden rounded-lg bg-muted">
            <Image
              key={images[index]}
              src={images[index]}
              alt={photoAlt(title, index, count)}
              fill
              unoptimized={servedAsIs(images[index])}
              sizes="(min-width: 896px) 56rem, 100vw"
              className="object-contain"
            />
          </div>
          {count > 1 ? (
            <div className="flex items-center justify-between gap-2">
              <Button type="button" variant="outline" onClick={() => step(-1)}>
                <ChevronLeft aria-hidden /> Previous photo
              </Button>
              <span className="text-sm text-muted-foreground" aria-hidden>
                {index + 1} / {count}
              </span>
              <Button type="button" variant="outline" onClick={() => step(1)}>
                Next photo <ChevronRight aria-hidden />
              </Button>
            </div>
          ) : null}
        </DialogContent>
      </Dialog>
    </>
  );
}
