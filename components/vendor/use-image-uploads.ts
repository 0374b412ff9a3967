"use client";

import { useCallback, useState } from "react";
import { plural } from "@/lib/text/plural";
import { precheckImageFile } from "@/lib/uploads/check-file";
import { MAX_TRIP_IMAGES } from "@/lib/uploads/rules";
import { UploadedImage } from "@/lib/uploads/schemas";

// The state of the trip form's photo field: the photos in their order, with the uploads in flight kept in the place
// they were chosen, so the order a vendor picks is the order they get.

export interface PhotoItem {
  id: string;
  name: string;
  /** set once stored; until then the item is an upload in flight */
  url?: string;
}

let nextId = 0;
const newId = () => `photo-${++nextId}`;

async function sendImage(file: File): Promise<{ url: string } | { error: string }> {
  const body = new FormData();
  body.append("file", file);
  try {
    // the session cookie authenticates it; the browser's Sec-Fetch-Site: same-origin passes the CSRF check
    const res = await fetch("/api/v1/uploads", { method: "POST", body, credentials: "same-origin" });
    const json: unknown = await res.json().catch(() => null);
    const image = UploadedImage.safeParse(json);
    if (res.ok && image.success) return { url: image.data.url };
    const message = (json as { error?: { message?: unknown } } | null)?.error?.message;
    return { error: `“${file.name}”: ${typeof message === "string" ? message : `the upload failed (${res.status})`}` };
  } catch {
    return { error: `“${file.name}” could not be sent: check your connection and try again` };
  }
}

/** The list with the photo swapped with its stored neighbour, and its new 1-based position; null at either end. */
export function movePhoto(list: PhotoItem[], id: string, delta: -1 | 1) {
  const stored = list.flatMap((item, i) => (item.url ? [i] : []));
  const from = stored.findIndex((i) => list[i].id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= stored.length) return null;
  const next = [...list];
  [next[stored[from]], next[stored[to]]] = [next[stored[to]], next[stored[from]]];
  return { list: next, position: to + 1, total: stored.length };
}

export function useImageUploads(initialUrls: string[]) {
  const [items, setItems] = useState<PhotoItem[]>(() => initialUrls.map((url) => ({ id: newId(), name: url, url })));
  const [errors, setErrors] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState("");

  const add = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      const problems: string[] = [];
      const room = MAX_TRIP_IMAGES - items.length;
      if (files.length > room) {
        problems.push(
          room <= 0
            ? `A trip has at most ${MAX_TRIP_IMAGES} photos: remove one to add another`
            : `A trip has at most ${MAX_TRIP_IMAGES} photos: only the first ${plural(room, "photo")} chosen will be added`,
        );
      }
      const chosen = files.slice(0, Math.max(room, 0));
      const checked = await Promise.all(chosen.map(async (file) => ({ file, problem: await precheckImageFile(file) })));
      problems.push(...checked.flatMap((c) => (c.problem ? [c.problem] : [])));
      const uploads = checked.filter((c) => !c.problem).map(({ file }) => ({ file, id: newId() }));
      setErrors(problems);
      if (uploads.length === 0) return;
      setItems((list) => [...list, ...uploads.map(({ file, id }) => ({ id, name: file.name }))]);
      setAnnouncement(`Uploading ${plural(uploads.length, "photo")}…`);
      await Promise.all(
        uploads.map(async ({ file, id }) => {
          const result = await sendImage(file);
          if ("url" in result) {
            setItems((list) => list.map((item) => (item.id === id ? { ...item, url: result.url } : item)));
            setAnnouncement(`“${file.name}” uploaded`);
          } else {
            setItems((list) => list.filter((item) => item.id !== id));
            setErrors((current) => [...current, result.error]);
          }
        }),
      );
    },
    [items.length],
  );

  const remove = useCallback((id: string) => {
    setItems((list) => list.filter((item) => item.id !== id));
    setAnnouncement("Photo removed");
  }, []);

  /** Moves a stored photo one place among the stored photos (uploads in flight keep their places). */
  const move = useCallback(
    (id: string, delta: -1 | 1) => {
      const moved = movePhoto(items, id, delta);
      if (!moved) return;
      setItems((list) => movePhoto(list, id, delta)?.list ?? list);
      setAnnouncement(`Photo moved to position ${moved.position} of ${moved.total}`);
    },
    [items],
  );

  const urls = items.flatMap((item) => (item.url ? [item.url] : []));
  const uploading = items.length - urls.length;
  return { items, urls, uploading, errors, setErrors, announcement, add, remove, move };
}
