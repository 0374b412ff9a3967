// Server components draw lucide icons through components/ui/icons.tsx, which renders plain <svg> markup. lucide-react's
// icons are client components: imported by a server component, each icon became a client reference that the browser
// had to hydrate, and its path data travelled in the page's payload as props.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as lucideReact from "lucide-react";
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import * as serverIcons from "@/components/ui/icons";

const ROOT = process.cwd();

/** The TypeScript files under a folder, as paths from the project's root. */
const sources = (dir: string) =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => path.join(dir, name));

/** The markup with lucide's own class names left out: lucide-react also writes an icon's old names as classes. */
const drawing = (markup: string) => markup.replace(/ ?\blucide-[a-z0-9-]+/g, "");

const ICON_NAMES = Object.keys(serverIcons).filter((name) => /^[A-Z]/.test(name));

describe("server icons", () => {
  test('modules without "use client" take their icons from components/ui/icons, not lucide-react', () => {
    const files = [...sources("app"), ...sources("components")];
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((file) => {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      return !/^\s*["']use client["']/.test(text) && /^import[^;]*from\s+["']lucide-react["']/m.test(text);
    });
    expect(offenders).toEqual([]);
  });

  test.each(ICON_NAMES)("%s renders the markup lucide-react renders", (name) => {
    const server = (serverIcons as unknown as Record<string, ComponentType<object>>)[name];
    const client = (lucideReact as unknown as Record<string, ComponentType<object>>)[name];
    expect(client, `lucide-react has ${name}`).toBeDefined();
    for (const props of [{}, { className: "size-4 text-muted-foreground" }, { "aria-label": "Rating" }]) {
      const ours = renderToStaticMarkup(createElement(server, props));
      const theirs = renderToStaticMarkup(createElement(client, props));
      expect(drawing(ours)).toBe(drawing(theirs));
      // the one lucide class ours writes is one of theirs (the icon's current name)
      const ownClass = /\blucide-[a-z0-9-]+/.exec(ours)?.[0];
      expect(ownClass).toBeDefined();
      expect(theirs).toContain(` ${ownClass}`);
    }
  });
});
