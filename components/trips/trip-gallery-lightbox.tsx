"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import Image from "next/image";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { photoAlt, servedAsIs } from "@/lib/trips/image-src";

/**
 * The gallery's lightbox, loaded on first use by TripGallery (trip-gallery.tsx): one photo large, ← and → or the
 * buttons move between photos, Escape closes.
 */
export function TripGalleryLightbox({
  title,
  images,
  index,
  onStep,
  open,
  onOpenChange,
  onClosed,
}: {
  title: string;
  images: string[];
  index: number;
  onStep: (by: number) => void;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** focuses the thumbnail that opened the lightbox */
  onClosed: () => void;
}) {
  const count = images.length;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        wide
        onKeyDown={(e) => {
          if (e.key === "ArrowRight") onStep(1);
          else if (e.key === "ArrowLeft") onStep(-1);
          else return;
          e.preventDefault();
        }}
        onCloseAutoFocus={(e) => {
          // Radix would focus the dialog's trigger; the lightbox has none
          e.preventDefault();
          onClosed();
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
            {/* on a phone the buttons say "Previous" and "Next" (their names keep "photo"), so the row fits */}
            <Button type="button" variant="outline" onClick={() => onStep(-1)}>
              <ChevronLeft aria-hidden /> Previous
              <span className="sr-only sm:not-sr-only">{" photo"}</span>
            </Button>
            <span className="text-sm whitespace-nowrap text-muted-foreground" aria-hidden>
              {index + 1} / {count}
            </span>
            <Button type="button" variant="outline" onClick={() => onStep(1)}>
              Next <span className="sr-only sm:not-sr-only">{" photo"}</span> <ChevronRight aria-hidden />
            </Button>
          </div>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
