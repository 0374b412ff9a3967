import { describe, expect, test } from "vitest";
import { activeFilters, cleanSearchHref, readTripSearch, searchHref } from "./search-params";

describe("cleanSearchHref", () => {
  test.each([
    [{ q: "lisbon", from: "", to: "", seats: "", sort: "", min: "", max: "" }, "/trips?q=lisbon"],
    [{ q: "", from: "" }, "/trips"],
    [{ q: "  ", destination: "Kyoto", page: "1" }, "/trips?destination=Kyoto"],
    [{ q: "fado night", page: "2", min: "" }, "/trips?q=fado+night&page=2"],
    [{ q: ["a", ""] }, "/trips?q=a"],
  ])("%j → %s", (raw, expected) => {
    expect(cleanSearchHref("/trips", raw)).toBe(expected);
  });

  test("a clean URL, invalid values included, is left alone (no redirect loop)", () => {
    expect(cleanSearchHref("/trips", {})).toBeNull();
    expect(cleanSearchHref("/trips", { q: "kyoto", min: "abc", page: "3" })).toBeNull();
    expect(cleanSearchHref("/trips", { q: "kyoto" })).toBeNull();
  });
});

describe("readTripSearch", () => {
  test("valid filters become the query; prices are read in dollars", () => {
    const { query, invalid } = readTripSearch(
      {
        q: "temples",
        destination: "Kyoto",
        from: "2027-06-01",
        to: "2027-06-30",
        seats: "2",
        min: "25.50",
        max: "900",
        sort: "price_asc",
        page: "2",
      },
      12,
    );
    expect(invalid).toEqual([]);
    expect(query).toMatchObject({
      q: "temples",
      destination: "Kyoto",
      from: new Date("2027-06-01T00:00:00Z"),
      to: new Date("2027-06-30T00:00:00Z"),
      seats: 2,
      minPrice: 2550,
      maxPrice: 90_000,
      sort: "price_asc",
      page: 2,
      limit: 12,
    });
  });

  test.each([
    [{ min: "abc" }, "min", "Min price", "is not an amount in dollars, e.g. 25 or 25.50"],
    [{ max: "12.345" }, "max", "Max price", "is not an amount in dollars, e.g. 25 or 25.50"],
    [{ min: "99999999999" }, "min", "Min price", "is more than any trip costs"],
    [{ min: "500", max: "100" }, "max", "Max price", "is less than the min price"],
    [{ from: "2027-02-30" }, "from", "From", "is not a real date, e.g. 2027-06-01"],
    [{ to: "next week" }, "to", "To", "is not a real date, e.g. 2027-06-01"],
    [{ from: "1900-01-01" }, "from", "From", "is not between 1970 and 2100"],
    [{ from: "2027-06-10", to: "2027-06-01" }, "to", "To", "is before the From date"],
    [{ seats: "0" }, "seats", "Travellers", "is less than 1"],
    [{ seats: "two" }, "seats", "Travellers", "is not a whole number"],
    [{ seats: "900" }, "seats", "Travellers", "is more than 500"],
    [{ page: "abc" }, "page", "Page", "is not a whole number"],
    [{ sort: "cheapest" }, "sort", "Sort by", "is not a way to sort the results"],
    [{ q: "x".repeat(201) }, "q", "Search", "is too long"],
  ])("%j: %s is explained", (raw, param, label, message) => {
    const { invalid } = readTripSearch(raw, 12);
    expect(invalid).toEqual([{ param, label, value: raw[param as keyof typeof raw], message }]);
  });

  test("an invalid value is left out while the valid filters still apply", () => {
    const { query, invalid } = readTripSearch(
      { destination: "Lisbon", min: "abc", from: "2027-02-30", seats: "3" },
      12,
    );
    expect(invalid.map((i) => i.param).sort()).toEqual(["from", "min"]);
    expect(query).toMatchObject({ destination: "Lisbon", seats: 3, page: 1 });
    expect(query.minPrice).toBeUndefined();
    expect(query.from).toBeUndefined();
  });

  test("parameters the page does not know are ignored; repeated ones use the first value", () => {
    const { query, invalid } = readTripSearch({ utm_source: "mail", q: ["kyoto", "lisbon"] }, 12);
    expect(invalid).toEqual([]);
    expect(query.q).toBe("kyoto");
  });
});

describe("searchHref and the filter chips", () => {
  test("a changed parameter goes back to page 1, in the form's order", () => {
    expect(searchHref({ page: "3", max: "100", q: "kyoto" }, { sort: "price_asc" })).toBe(
      "/trips?q=kyoto&max=100&sort=price_asc",
    );
    expect(searchHref({ q: "kyoto" }, { page: "4" })).toBe("/trips?q=kyoto&page=4");
    expect(searchHref({ q: "kyoto" }, { q: undefined })).toBe("/trips");
  });

  test("each applied filter is a chip linking to the search without it", () => {
    const search = readTripSearch(
      { q: "food", destination: "Lisbon", from: "2027-06-01", min: "25", seats: "abc", sort: "soonest", page: "2" },
      12,
    );
    expect(activeFilters(search)).toEqual([
      {
        param: "q",
        label: "Search",
        text: "“food”",
        removeHref: "/trips?destination=Lisbon&from=2027-06-01&seats=abc&min=25&sort=soonest",
      },
      {
        param: "destination",
        label: "Destination",
        text: "Lisbon",
        removeHref: "/trips?q=food&from=2027-06-01&seats=abc&min=25&sort=soonest",
      },
      {
        param: "from",
        label: "From",
        text: "Jun 1, 2027",
        removeHref: "/trips?q=food&destination=Lisbon&seats=abc&min=25&sort=soonest",
      },
      {
        param: "min",
        label: "Min price",
        text: "$25",
        removeHref: "/trips?q=food&destination=Lisbon&from=2027-06-01&seats=abc&sort=soonest",
      },
    ]);
  });
});
