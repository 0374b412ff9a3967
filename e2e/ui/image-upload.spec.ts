import { crc32, deflateSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { tripWithDeparture } from "../support/money";
import { logIn } from "../support/ui";

// The vendor's trip form uploads photos instead of taking pasted URLs: a file chosen in the real file input is checked
// in the browser, uploaded, shown as a thumbnail, saved with the trip, and shown in the public trip page's gallery.

/** A real 64×48 RGB PNG of one colour (naturalWidth is divided by the srcset density: a 1×1 image would read 0). */
function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.from([0, ...Array.from({ length: width }, () => rgb).flat()]); // filter byte 0, then pixels
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}
const PNG = solidPng(64, 48, [30, 120, 90]);

test("a vendor uploads a photo, saves the trip, and the photo is on the public trip page", async ({
  page,
  request,
}) => {
  const { vendor, trip } = await tripWithDeparture(request, { days: 15 });
  await logIn(page, vendor.user.email, vendor.password);
  await page.goto(`/vendor/trips/${trip.id}`);
  const form = page.getByRole("form", { name: "Trip details" });
  const photos = form.getByRole("group", { name: "Photos" });
  await expect(photos.getByText("No photos yet.")).toBeVisible();
  await expect(photos.getByRole("button", { name: "Choose photos" })).toBeVisible();
  const input = photos.locator('input[type="file"]');
  await expect(input).toHaveAttribute("multiple", "");
  await expect(input).toHaveAttribute("accept", /image\/png/);

  // a text file with an image's name is refused in the browser, next to the field, and nothing is added
  await input.setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("not an image") });
  await expect(photos.getByRole("alert")).toHaveText("“notes.png” is not a JPEG, PNG, WebP, AVIF or GIF image");
  await expect(photos.getByRole("img")).toHaveCount(0);

  const uploaded = page.waitForResponse((r) => r.url().endsWith("/api/v1/uploads") && r.request().method() === "POST");
  await input.setInputFiles({ name: "harbour.png", mimeType: "image/png", buffer: PNG });
  expect((await uploaded).status()).toBe(201);
  const thumbnail = photos.getByRole("img", { name: "Photo 1 of 1 (cover)" });
  await expect(thumbnail).toBeVisible();
  await expect(photos.getByRole("alert")).toHaveCount(0);
  await expect(photos.getByRole("button", { name: "Remove photo 1" })).toBeVisible();
  await expect(photos.getByRole("button", { name: "Move photo 1 left" })).toBeDisabled();
  const url = await form.locator('input[type="hidden"][name="images"]').inputValue();
  expect(url).toMatch(/^\/uploads\/trips\/[0-9a-f-]{36}\.png$/);

  await form.getByRole("button", { name: "Save trip" }).click();
  await expect(form.getByText("Trip saved.")).toBeVisible();
  // the form shows what was saved: the photo is still there
  await expect(photos.getByRole("img", { name: "Photo 1 of 1 (cover)" })).toBeVisible();

  await page.goto(`/trips/${trip.id}`);
  const photo = page.getByRole("img", { name: `${trip.title}, photo 1 of 1` });
  await expect(photo).toBeVisible();
  // through next/image's optimizer, which fetched the upload from this server and could decode it
  await expect(photo).toHaveAttribute("src", new RegExp(encodeURIComponent(url)));
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth)))
    .toBeGreaterThan(0); // density-corrected by the srcset's w descriptor, so not exactly 64
});
