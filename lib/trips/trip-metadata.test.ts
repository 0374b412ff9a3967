import { describe, expect, test } from "vitest";
import { tripMetadata } from "./trip-metadata";

const trip = {
  id: "trip_1",
  title: "Kyoto Temples at Dawn",
  description: `Walk the quiet lanes of Higashiyama before the crowds.\n\n${"Tea, temples and gardens. ".repeat(10)}`,
  images: ["/images/trips/kyoto.jpg", "https://cdn.example.com/2.jpg"],
  status: "published",
};

describe("tripMetadata", () => {
  test("description and Open Graph come from the trip, with absolute URLs on APP_URL", () => {
    const meta = tripMetadata(trip, "https://travellr.example");
    expect(meta.title).toBe("Kyoto Temples at Dawn");
    expect(meta.description).toMatch(/^Walk the quiet lanes of Higashiyama before the crowds\. Tea, temples/);
    expect((meta.description as string).length).toBeLessThanOrEqual(155);
    expect(meta.alternates?.canonical).toBe("https://travellr.example/trips/trip_1");
    expect(meta.openGraph).toMatchObject({
      type: "website",
      url: "https://travellr.example/trips/trip_1",
      title: "Kyoto Temples at Dawn",
      description: meta.description,
      images: [{ url: "https://travellr.example/images/trips/kyoto.jpg", alt: "Kyoto Temples at Dawn" }],
    });
    expect(meta.twitter).toMatchObject({
      card: "summary_large_image",
      images: ["https://travellr.example/images/trips/kyoto.jpg"],
    });
    expect(meta.robots).toBeUndefined();
  });

  test("an https image stays as it is; no image means a small card and no og:image", () => {
    const remote = tripMetadata({ ...trip, images: ["https://cdn.example.com/1.jpg"] }, "http://localhost:3000");
    expect(remote.openGraph?.images).toEqual([{ url: "https://cdn.example.com/1.jpg", alt: trip.title }]);
    const none = tripMetadata({ ...trip, images: [] }, "http://localhost:3000");
    expect(none.openGraph?.images).toBeUndefined();
    expect(none.twitter).toMatchObject({ card: "summary" });
  });

  test("a draft previewed by its vendor is kept out of search engines", () => {
    expect(tripMetadata({ ...trip, status: "draft" }, "http://localhost:3000").robots).toEqual({
      index: false,
      follow: false,
    });
  });
});
