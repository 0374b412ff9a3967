// The ui primitives skip tailwind-merge when the caller gives no className (lib/ui/cn.ts `withClassName`), which is
// exact only if a primitive's own classes never conflict among themselves: tailwind-merge must leave every one of
// them as it is. Rendered to HTML where a primitive renders on the server; the dialog and sheet panels (portalled, so
// nothing on the server) through their class functions.
import { createElement as h, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { twMerge } from "tailwind-merge";
import { expect, test } from "vitest";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { dialogClasses } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { sheetClasses } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { withClassName } from "@/lib/ui/cn";

const classesOf = (element: ReactElement) =>
  [...renderToStaticMarkup(element).matchAll(/class="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));

const variants = ["default", "destructive", "outline", "secondary", "ghost", "link"] as const;
const sizes = ["default", "sm", "lg", "icon"] as const;

test("every primitive's own classes are already merged: tailwind-merge changes none of them", () => {
  const rendered = [
    ...variants.flatMap((variant) => sizes.map((size) => h(Button, { variant, size }, "Go"))),
    ...(["default", "secondary", "success", "warning", "destructive", "outline"] as const).map((variant) =>
      h(Badge, { variant }, "Paid"),
    ),
    h(Card, null, h(CardHeader, null, h(CardTitle, null, "T"), h(CardDescription, null, "D")), h(CardContent, null)),
    h(Input, { name: "q" }),
    h(Label, { htmlFor: "q" }, "Search"),
    h(Skeleton),
  ].flatMap(classesOf);
  const panels = [dialogClasses(false), dialogClasses(true), sheetClasses("left"), sheetClasses("right")];
  const all = [...rendered, ...panels];
  expect(all.length).toBeGreaterThan(35);
  for (const classes of all) {
    expect(classes, "no doubled spaces").not.toMatch(/\s{2}|^\s|\s$/);
    expect(twMerge(classes)).toBe(classes);
  }
});

test("a caller's className still wins over a primitive's own classes", () => {
  expect(withClassName("h-9 px-4", undefined)).toBe("h-9 px-4");
  expect(withClassName("h-9 px-4", "")).toBe("h-9 px-4");
  expect(withClassName("h-9 px-4", "h-8")).toBe("px-4 h-8");
  expect(classesOf(h(Button, { size: "sm", className: "w-full px-6" }, "Go"))[0]).toMatch(/(^| )px-6( |$)/);
  expect(classesOf(h(Button, { size: "sm", className: "w-full px-6" }, "Go"))[0]).not.toMatch(/(^| )px-3( |$)/);
});
