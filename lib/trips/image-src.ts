// Which trip images next/image may resize. Site paths (/images/…, /uploads/…) go through the optimizer, which fetches
// them from this server. A remote URL — a bucket's public URL (S3_PUBLIC_URL), an https address a vendor pasted — is
// shown as it is: the optimizer only fetches hosts listed in next.config.ts at build time, and the build knows no
// runtime configuration. SVGs are drawings the optimizer refuses to resize.
export function servedAsIs(src: string): boolean {
  return !src.startsWith("/") || /\.svg(?:[?#]|$)/i.test(src);
}

/** A trip photo's alternative text, the same on the gallery's thumbnails and in its lightbox. */
export const photoAlt = (title: string, i: number, count: number) => `${title}, photo ${i + 1} of ${count}`;
