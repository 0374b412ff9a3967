// The admin lists' filter form (components/admin/admin-filter-form.tsx): e2e tests find its controls by label and its
// buttons by name, and a new search must keep what the query string already held.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { AdminFilterForm, type FilterForm } from "@/components/admin/admin-filter-form";

const form: FilterForm = {
  label: "Filter things",
  columns: 5,
  submit: "Search",
  clearHref: "/admin/things",
  fields: [
    { kind: "input", name: "q", id: "things-q", label: "Search", placeholder: "Name", className: "lg:col-span-2" },
    {
      kind: "select",
      name: "state",
      id: "things-state",
      label: "State",
      options: [
        { value: "all", label: "All things" },
        { value: "open", label: "Open", className: "capitalize" },
      ],
    },
    { kind: "input", type: "date", name: "from", id: "things-from", label: "From" },
    { kind: "hidden", name: "ownerId" },
  ],
};

const render = (values: Record<string, string>, filtered = false) =>
  renderToStaticMarkup(createElement(AdminFilterForm, { form, values, filtered }));

test("a search landmark whose controls are labelled, named and laid out as described", () => {
  const html = render({});
  expect(html).toMatch(/^<form role="search" aria-label="Filter things" class="grid [^"]* lg:grid-cols-5">/);
  expect(html).toContain('<div class="grid gap-1 lg:col-span-2"><label');
  expect(html).toMatch(/<label[^>]*for="things-q">Search<\/label><input[^>]*id="things-q" placeholder="Name" name="q"/);
  expect(html).toMatch(/<label[^>]*for="things-state">State<\/label><select id="things-state" name="state"/);
  expect(html).toMatch(/<input type="date"[^>]*id="things-from" name="from"/);
  expect(html).toContain('<option value="open" class="capitalize">Open</option>');
  expect(html).toContain('<div class="flex items-end gap-2 lg:col-span-5"><button');
  expect(html).toMatch(/<button[^>]*type="submit">Search<\/button><\/div><\/form>$/);
});

test("without a value a select shows its first option and a hidden filter is left out", () => {
  const html = render({});
  expect(html).toContain('<option value="all" selected="">All things</option>');
  expect(html).not.toContain('name="ownerId"');
  expect(html).not.toMatch(/<input[^>]*value=/);
  expect(html).not.toContain("Clear filters");
});

test("the query string's values are kept, and a narrowed list can be cleared", () => {
  const html = render({ q: "kyoto", state: "open", from: "2026-01-01", ownerId: "u1" }, true);
  expect(html).toMatch(/id="things-q"[^>]*value="kyoto"/);
  expect(html).toContain('<option value="open" class="capitalize" selected="">Open</option>');
  expect(html).toMatch(/id="things-from" name="from" value="2026-01-01"/);
  expect(html).toContain('<input type="hidden" name="ownerId" value="u1"/>');
  expect(html).toMatch(/<a [^>]*href="\/admin\/things">Clear filters<\/a>/);
});
