// The vendor's trip form: guide languages are picked by name (the form still sends ISO codes), an itinerary problem
// is named by its line next to the field while everything typed is kept, and the trip page shows the result.
import { expect, test } from "@playwright/test";
import { registerUser } from "../support/api";
import { logIn } from "../support/ui";

test("a vendor picks languages by name, fixes the itinerary line the form names, and the trip page shows both", async ({
  page,
  request,
}) => {
  const { user, password } = await registerUser(request, { role: "vendor" });
  const title = `Douro Wine Days ${Date.now().toString(36)}`;
  const description = "Three days among the vineyards of the Douro valley, with tastings at two quintas.";
  await logIn(page, user.email, password);
  await page.goto("/vendor/trips/new");
  const form = page.getByRole("form", { name: "Trip details" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Description").fill(description);
  await form.getByLabel("City").fill("Porto");
  await form.getByLabel("Country").fill("Portugal");
  await form.getByLabel("Price per seat (USD)").fill("450");
  await form.getByLabel("Duration (days)").fill("3");
  await form.getByLabel("Status").selectOption("published");

  // by name: one with the mouse after searching, one with the keyboard (Enter picks the only match, not submits)
  const languages = form.getByRole("group", { name: "Guide languages" });
  const search = languages.getByRole("searchbox", { name: "Find a language" });
  await search.fill("portu");
  await languages.getByRole("checkbox", { name: /^Portuguese/ }).check();
  await search.fill("日本");
  await search.press("Enter");
  await expect(search).toHaveValue("");
  await expect(languages.getByRole("button", { name: "Remove Portuguese" })).toBeVisible();
  await expect(languages.getByRole("button", { name: "Remove Japanese" })).toBeVisible();
  await expect(page).toHaveURL(/\/vendor\/trips\/new$/);

  const itinerary = form.getByLabel("Itinerary (one day per line)");
  const bad = "Porto — A walk through Ribeira\n— lunch at a quinta\nDay 3: River — A cruise back to Porto";
  await itinerary.fill(bad);
  await form.getByRole("button", { name: "Create trip" }).click();

  const problem = "Line 2: write it as “Day 2: Title — description”";
  await expect(form.getByRole("alert").filter({ hasText: "Line 2:" })).toHaveText(problem);
  await expect(itinerary).toHaveAccessibleDescription(problem);
  await expect(itinerary).toHaveAttribute("aria-invalid", "true");
  await expect(itinerary).toBeFocused();
  // every other value is as typed, the languages included
  await expect(itinerary).toHaveValue(bad);
  await expect(form.getByLabel("Title")).toHaveValue(title);
  await expect(form.getByLabel("Description")).toHaveValue(description);
  await expect(form.getByLabel("City")).toHaveValue("Porto");
  await expect(form.getByLabel("Country")).toHaveValue("Portugal");
  await expect(form.getByLabel("Price per seat (USD)")).toHaveValue("450");
  await expect(form.getByLabel("Duration (days)")).toHaveValue("3");
  await expect(form.getByLabel("Status")).toHaveValue("published");
  await expect(languages.getByRole("checkbox", { name: /^Portuguese/ })).toBeChecked();
  await expect(languages.getByRole("checkbox", { name: /^Japanese/ })).toBeChecked();
  await expect(languages.getByRole("checkbox", { name: /^English/ })).not.toBeChecked();

  await itinerary.fill("Porto — A walk through Ribeira\nVineyards — Lunch at a quinta\nDay 3: River — A cruise back");
  await form.getByRole("button", { name: "Create trip" }).click();
  await expect(page.getByText("Trip created.")).toBeVisible();
  const tripId = new URL(page.url()).pathname.split("/").pop();

  // the edit form shows the stored codes by name again
  const saved = page.getByRole("group", { name: "Guide languages" });
  await expect(saved.getByRole("button", { name: "Remove Portuguese" })).toBeVisible();
  await expect(saved.getByRole("checkbox", { name: /^Japanese/ })).toBeChecked();

  await page.goto(`/trips/${tripId}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Guided in Portuguese, Japanese")).toBeVisible();
  const days = page.getByRole("region", { name: "Itinerary" });
  await expect(days.getByRole("listitem")).toHaveCount(3);
  await expect(days.getByRole("heading", { level: 3 }).nth(1)).toHaveText("Day 2: Vineyards");
});
