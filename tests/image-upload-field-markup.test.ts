// The trip form's photo field as markup (server render, before any script runs): the URLs it posts, the real file
// input behind "Choose photos", the buttons' accessible names and which are disabled, and server errors next to it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { ImageUploadField } from "@/components/vendor/image-upload-field";

const render = (props: Parameters<typeof ImageUploadField>[0]) =>
  renderToStaticMarkup(createElement(ImageUploadField, props));

test("stored photos: thumbnails in order, move and remove buttons, and the URLs one per line for the form", () => {
  const html = render({ defaultValue: "/uploads/trips/a.png\n\n  /images/trips/b.svg \n" });
  expect(html).toContain('<input type="hidden" name="images" value="/uploads/trips/a.png\n/images/trips/b.svg"/>');
  expect(html).toMatch(/role="group" aria-labelledby="field-images-label"/);
  expect(html).toContain('alt="Photo 1 of 2 (cover)"');
  expect(html).toContain('alt="Photo 2 of 2"');
  // the upload goes through next/image's optimizer; the SVG (and any remote URL) is shown as it is
  expect(html).toMatch(/src="\/_next\/image\?url=%2Fuploads%2Ftrips%2Fa\.png/);
  expect(html).toContain('src="/images/trips/b.svg"');
  expect(html).toMatch(/<button[^>]*aria-label="Move photo 1 left"[^>]*disabled=""/);
  expect(html).not.toMatch(/<button[^>]*aria-label="Move photo 1 right"[^>]*disabled=""/);
  expect(html).toMatch(/<button[^>]*aria-label="Move photo 2 right"[^>]*disabled=""/);
  expect(html).toContain('aria-label="Remove photo 2"');
});

test("the file input: several images, no name (the files are never posted with the form), and a visible button", () => {
  const html = render({});
  const input = /<input type="file"[^>]*>/.exec(html)?.[0] ?? "";
  expect(input).toContain('accept="image/jpeg,image/png,image/webp,image/avif,image/gif"');
  expect(input).toContain("multiple");
  expect(input).not.toContain("name=");
  expect(html).toMatch(
    /<button[^>]*type="button"[^>]*aria-describedby="field-images-hint"[^>]*>Choose photos<\/button>/,
  );
  expect(html).toContain("JPEG, PNG, WebP, AVIF or GIF, up to 5 MB each, at most 12 photos.");
  expect(html).toContain("No photos yet.");
  expect(html).toContain('<input type="hidden" name="images" value=""/>');
});

test("a server error is announced next to the field and marks the button invalid", () => {
  const html = render({ defaultValue: "/x.png", errors: ["At most 12 images"] });
  expect(html).toMatch(/<p id="field-images-error" role="alert"[^>]*>At most 12 images<\/p>/);
  expect(html).toMatch(/aria-describedby="field-images-error" aria-invalid="true"[^>]*>Choose photos/);
});
