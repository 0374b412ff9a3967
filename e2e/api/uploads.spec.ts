import { expect, test } from "../support/test";
import { bearer, expectError, registerUser } from "../support/api";

// POST /api/v1/uploads over HTTP against the built app (disk storage in local mode): only vendors and admins upload,
// the type is read from the bytes, 5 MB at most, and the answered URL serves the image and can be saved on a trip.
// Every /api/v1 response is also checked against the OpenAPI document.

// a real 1×1 PNG
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const file = (name: string, buffer: Buffer, mimeType = "image/png") => ({
  multipart: { file: { name, mimeType, buffer } },
});

test.describe("image uploads", () => {
  test("a traveller may not upload; a vendor's PNG is stored, served with its type and saved on a trip", async ({
    request,
  }) => {
    const traveller = await registerUser(request);
    await expectError(
      await request.post("/api/v1/uploads", { headers: bearer(traveller.token), ...file("a.png", PNG) }),
      403,
      "forbidden",
    );

    const vendor = await registerUser(request, { role: "vendor" });
    const res = await request.post("/api/v1/uploads", { headers: bearer(vendor.token), ...file("cliffs.png", PNG) });
    expect(res.status(), await res.text()).toBe(201);
    const image = await res.json();
    expect(image).toEqual({
      url: `/uploads/${image.key}`,
      key: expect.stringMatching(/^trips\/[0-9a-f-]{36}\.png$/),
      contentType: "image/png",
      size: PNG.byteLength,
    });

    // served by the app to anyone, as the same bytes, never sniffed as something else
    const served = await request.get(image.url);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/png");
    expect(served.headers()["x-content-type-options"]).toBe("nosniff");
    expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    // opened on its own, the file is a sandboxed document that can run nothing
    expect(served.headers()["content-security-policy"]).toMatch(/default-src 'none'.*sandbox/);
    expect((await served.body()).equals(PNG)).toBe(true);
    expect((await request.get("/uploads/trips/00000000-0000-0000-0000-000000000000.png")).status()).toBe(404);

    // the URL is what the trips API takes in `images`
    const created = await request.post("/api/v1/trips", {
      headers: bearer(vendor.token),
      data: {
        title: `Uploaded photo trip ${Date.now().toString(36)}`,
        description: "A trip whose photo was uploaded through the API.",
        city: "Faro",
        country: "Portugal",
        pricePerSeat: 20_000,
        durationDays: 1,
        images: [image.url],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { trip } = await created.json();
    expect(trip.images).toEqual([image.url]);
    const read = await request.get(`/api/v1/trips/${trip.id}`, { headers: bearer(vendor.token) });
    expect((await read.json()).trip.images).toEqual([image.url]);
  });

  test("a text file named .png is 400, over 5 MB is 413, JSON is 415 — each in the API's error shape", async ({
    request,
  }) => {
    const vendor = await registerUser(request, { role: "vendor" });
    const headers = bearer(vendor.token);

    const text = await expectError(
      await request.post("/api/v1/uploads", { headers, ...file("notes.png", Buffer.from("hello, not an image")) }),
      400,
      "invalid_image",
    );
    expect(text.error.message).toBe("The file is not a JPEG, PNG, WebP, AVIF or GIF image");

    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expectError(
      await request.post("/api/v1/uploads", { headers, ...file("logo.svg", svg, "image/svg+xml") }),
      400,
      "invalid_image",
    );

    const huge = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const tooLarge = await expectError(
      await request.post("/api/v1/uploads", { headers, ...file("huge.png", huge) }),
      413,
      "payload_too_large",
    );
    expect(tooLarge.error.message).toMatch(/larger than 5 MB/);

    await expectError(await request.post("/api/v1/uploads", { headers, data: { file: "x" } }), 415);
  });
});
