import { expect, test } from "@playwright/test";

// The seeded "Kyoto Temples at Dawn" (4 days, 3 photos, run by Lotus Road Travel) shows the content that sells it.
const TITLE = "Kyoto Temples at Dawn";

test.beforeEach(async ({ page }) => {
  await page.goto("/trips?q=kyoto");
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
});

test("itinerary by day, meeting point with a map link, inclusions, group size, languages and the operator", async ({
  page,
}) => {
  const itinerary = page.getByRole("region", { name: "Itinerary" });
  await expect(itinerary.getByRole("listitem")).toHaveCount(4);
  await expect(itinerary.getByRole("heading", { level: 3 }).first()).toContainText("Day 1: Welcome to Kyoto");

  const meeting = page.getByRole("region", { name: "Meeting point" });
  await expect(meeting).toContainText("Kyoto Station, Central Exit (Karasuma side)");
  const maps = meeting.getByRole("link", { name: "Open in maps (OpenStreetMap, opens in a new tab)" });
  await expect(maps).toHaveAttribute(
    "href",
    `https://www.openstreetmap.org/search?query=${encodeURIComponent("Kyoto Station, Central Exit (Karasuma side)")}`,
  );
  await expect(maps).toHaveAttribute("target", "_blank");
  await expect(maps).toHaveAttribute("rel", /noopener/);

  await expect(page.getByRole("region", { name: "What's included" })).toContainText("A local guide throughout");
  await expect(page.getByRole("region", { name: "Not included" })).toContainText("Flights");
  await expect(page.getByText(/Up to \d+ travellers/)).toBeVisible();
  await expect(page.getByText("Guided in English, Japanese")).toBeVisible();

  const operator = page.getByRole("region", { name: "About the operator" });
  await expect(operator).toContainText("Lotus Road Travel");
  await expect(operator).toContainText(/\d+ published trips/);
  await operator.getByRole("link", { name: "All trips by Lotus Road Travel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lotus Road Travel" })).toBeVisible();
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
});

test("the gallery's lightbox opens with Enter, moves with the arrow keys and gives focus back on Escape", async ({
  page,
}) => {
  const first = page.getByRole("button", { name: `${TITLE}, photo 1 of 3` });
  await first.focus();
  await page.keyboard.press("Enter");
  const lightbox = page.getByRole("dialog", { name: TITLE });
  await expect(lightbox).toBeVisible();
  await expect(lightbox).toContainText("Photo 1 of 3");
  await expect(lightbox.getByRole("img", { name: `${TITLE}, photo 1 of 3` })).toBeVisible();

  await page.keyboard.press("ArrowRight");
  await expect(lightbox).toContainText("Photo 2 of 3");
  await expect(lightbox.getByRole("img", { name: `${TITLE}, photo 2 of 3` })).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(lightbox).toContainText("Photo 3 of 3");
  await lightbox.getByRole("button", { name: "Next photo", exact: true }).click();
  await expect(lightbox).toContainText("Photo 1 of 3");
  await lightbox.getByRole("button", { name: "Previous photo", exact: true }).click();
  await expect(lightbox).toContainText("Photo 3 of 3");
  // on a phone the buttons show "Previous" and "Next" (their names keep "photo") and the row fits the dialog
  await page.setViewportSize({ width: 360, height: 740 });
  const next = lightbox.getByRole("button", { name: "Next photo", exact: true });
  const [row, box] = await Promise.all([next.boundingBox(), lightbox.boundingBox()]);
  expect(row!.x + row!.width, "the Next button's right edge").toBeLessThanOrEqual(box!.x + box!.width);
  await next.click();
  await expect(lightbox).toContainText("Photo 1 of 3");

  await page.keyboard.press("Escape");
  await expect(lightbox).toBeHidden();
  await expect(first).toBeFocused();
});
