"use client";

import { ChevronLeft, ChevronRight, ImageUp, LoaderCircle, X } from "lucide-react";
import Image from "next/image";
import { useEffect, useRef, useState } from "react";
import { FieldMessages, fieldMessageIds } from "@/components/forms/field-messages";
import { Button } from "@/components/ui/button";
import { servedAsIs } from "@/lib/trips/image-src";
import { IMAGE_ACCEPT, IMAGE_KINDS, MAX_IMAGE_MB, MAX_TRIP_IMAGES } from "@/lib/uploads/rules";
import { cn } from "@/lib/ui/cn";
import { useImageUploads } from "./use-image-uploads";

// The trip form's photos: drop files on the zone or choose them with the button (a real file input behind it), see
// each upload in flight, reorder and remove. The form posts the stored URLs one per line in a hidden `images` input,
// exactly what the old "Image URLs" textarea sent, so the server action reads them unchanged.

const splitLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export function ImageUploadField({
  name = "images",
  label = "Photos",
  defaultValue = "",
  errors: serverErrors,
}: {
  name?: string;
  label?: string;
  /** the stored image URLs, one per line */
  defaultValue?: string;
  errors?: string[];
}) {
  // the URLs seed the list once (the hook keeps its first value); the form re-mounts the field after each answer
  const photos = useImageUploads(splitLines(defaultValue));
  const { items, urls, uploading } = photos;
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const chooser = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  // after a move or a removal the button pressed may be gone, moved or disabled: focus goes to the first of these
  // buttons that can take it, else to "Choose photos"
  const focusNext = useRef<string[] | null>(null);
  const { setErrors } = photos;

  const id = `field-${name}`;
  const errors = photos.errors.length ? photos.errors : serverErrors;
  const hint = `${IMAGE_KINDS}, up to ${MAX_IMAGE_MB} MB each, at most ${MAX_TRIP_IMAGES} photos. The first photo is the cover.`;
  const { describedBy } = fieldMessageIds(id, { hint, error: errors?.[0] });

  useEffect(() => {
    if (!focusNext.current) return;
    const candidates = focusNext.current.map((selector) => root.current?.querySelector<HTMLElement>(selector));
    focusNext.current = null;
    (candidates.find((c) => c && !c.hasAttribute("disabled")) ?? chooser.current)?.focus();
  }, [items]);

  // a save while photos are still uploading would drop them: hold the submit and say why
  useEffect(() => {
    const form = root.current?.closest("form");
    if (!form) return;
    const hold = (event: SubmitEvent) => {
      if (uploading === 0) return;
      event.preventDefault();
      setErrors(["Wait until the photos have finished uploading, then save"]);
    };
    form.addEventListener("submit", hold);
    return () => form.removeEventListener("submit", hold);
  }, [uploading, setErrors]);

  const choose = (files: FileList | null) => void photos.add(files ? Array.from(files) : []);

  return (
    <div ref={root} role="group" aria-labelledby={`${id}-label`} className="grid gap-2">
      <span id={`${id}-label`} className="text-sm leading-none font-medium">
        {label}
      </span>
      <div
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          choose(e.dataTransfer.files);
        }}
        className={cn(
          "flex flex-col items-center gap-3 rounded-lg border-2 border-dashed px-4 py-6 text-center text-sm text-muted-foreground transition-colors",
          dragging ? "border-primary bg-accent" : "border-input",
          errors?.length ? "border-destructive" : "",
        )}
      >
        <ImageUp className="size-6" aria-hidden />
        <p>Drag photos here, or</p>
        {/* no name: the files themselves are never posted with the form, only the URLs they were stored at */}
        <input
          ref={input}
          type="file"
          accept={IMAGE_ACCEPT}
          multiple
          hidden
          onChange={(e) => {
            choose(e.currentTarget.files);
            e.currentTarget.value = "";
          }}
        />
        <Button
          ref={chooser}
          type="button"
          variant="outline"
          onClick={() => input.current?.click()}
          aria-describedby={describedBy}
          aria-invalid={errors?.length ? true : undefined}
        >
          Choose photos
        </Button>
      </div>
      <FieldMessages controlId={id} hint={hint} errors={errors} all />
      {items.length > 0 ? (
        <ol aria-label={`${label} of this trip`} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {items.map((item, index) => {
            const position = items.slice(0, index + 1).filter((i) => i.url).length;
            const photo = `photo ${position}`;
            const at = (photoId: string, action: string) => `[data-photo="${photoId}"] [data-action="${action}"]`;
            return (
              <li key={item.id} data-photo={item.id} className="grid gap-2 rounded-lg border p-2">
                <div className="relative aspect-[4/3] overflow-hidden rounded-md bg-muted">
                  {item.url ? (
                    <Image
                      src={item.url}
                      alt={`Photo ${position} of ${urls.length}${position === 1 ? " (cover)" : ""}`}
                      fill
                      sizes="(min-width: 640px) 12rem, 45vw"
                      unoptimized={servedAsIs(item.url)}
                      className="object-cover"
                    />
                  ) : (
                    <p className="flex h-full flex-col items-center justify-center gap-1 p-2 text-xs">
                      <LoaderCircle className="size-5 animate-spin" aria-hidden />
                      <span className="line-clamp-2 break-all">Uploading {item.name}…</span>
                    </p>
                  )}
                </div>
                {item.url ? (
                  <div className="flex justify-between gap-1">
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      data-action="left"
                      aria-label={`Move ${photo} left`}
                      disabled={position === 1}
                      onClick={() => {
                        focusNext.current = [at(item.id, "left"), at(item.id, "right")];
                        photos.move(item.id, -1);
                      }}
                    >
                      <ChevronLeft aria-hidden />
                    </Button>
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      data-action="right"
                      aria-label={`Move ${photo} right`}
                      disabled={position === urls.length}
                      onClick={() => {
                        focusNext.current = [at(item.id, "right"), at(item.id, "left")];
                        photos.move(item.id, 1);
                      }}
                    >
                      <ChevronRight aria-hidden />
                    </Button>
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      data-action="remove"
                      aria-label={`Remove ${photo}`}
                      onClick={() => {
                        const neighbours = [items[index + 1], items[index - 1]].filter(Boolean);
                        focusNext.current = neighbours.map((n) => at(n.id, "remove"));
                        photos.remove(item.id);
                      }}
                    >
                      <X aria-hidden />
                    </Button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-sm text-muted-foreground">No photos yet. Trips with photos get more bookings.</p>
      )}
      <p aria-live="polite" className="sr-only">
        {photos.announcement}
      </p>
      <input type="hidden" name={name} value={urls.join("\n")} />
    </div>
  );
}
