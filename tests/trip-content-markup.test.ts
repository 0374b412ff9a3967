// The trip page's content sections as markup: headings, the ordered itinerary and a map link that says it opens a tab.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { TripContent, TripFacts, languageNames, mapsUrl } from "@/components/trips/trip-content";

test("itinerary, meeting point and inclusions", () => {
  const html = renderToStaticMarkup(
    createElement(TripContent, {
      itinerary: [
        { day: 1, title: "Arrival", description: "Harbour walk" },
        { day: 2, title: "Islands", description: "" },
      ],
      meetingPoint: "Faro Marina & Café <1>",
      included: ["Guide"],
      notIncluded: ["Flights"],
    }),
  );
  expect(html).toMatch(/<h2 id="itinerary"[^>]*>Itinerary<\/h2><ol[^>]*><li/);
  expect(html.match(/<li/g)).toHaveLength(4);
  expect(html).toContain("Day 1:</span> Arrival");
  expect(html).toContain(`href="${mapsUrl("Faro Marina & Café <1>").replace(/&/g, "&amp;")}"`);
  expect(mapsUrl("Faro Marina & Café <1>")).toBe(
    "https://www.openstreetmap.org/search?query=Faro%20Marina%20%26%20Caf%C3%A9%20%3C1%3E",
  );
  expect(html).toMatch(/target="_blank" rel="noopener noreferrer"/);
  expect(html).toContain('Open in maps <span class="sr-only">(OpenStreetMap, opens in a new tab)</span>');
  expect(html).toContain("What&#x27;s included");
  expect(html).toContain("Not included");
});

test("empty content renders nothing; facts read as words", () => {
  const empty = createElement(TripContent, { itinerary: [], meetingPoint: null, included: [], notIncluded: [] });
  expect(renderToStaticMarkup(empty)).toBe("");
  expect(languageNames(["en", "pt"])).toBe("English, Portuguese");
  const facts = renderToStaticMarkup(createElement(TripFacts, { maxGroupSize: 12, languages: ["ja"] }));
  const text = facts.replace(/<[^>]+>/g, "");
  expect(text).toContain("Up to 12 travellers");
  expect(text).toContain("Guided in Japanese");
  expect(renderToStaticMarkup(createElement(TripFacts, { maxGroupSize: null, languages: [] }))).toBe("");
});
