import { expect, type Page, test } from "@playwright/test";
import { countIntl } from "../support/intl";
import { tripWithDeparture } from "../support/money";

// What every visitor's phone does while a catalogue page starts (README → Pages):
// - the chunks it starts with carry V8's compile hint, so Chrome compiles them off the main thread
//   (lib/build/compile-hints.ts, run by every `next build`);
// - hydration never builds tailwind-merge's class map (17–43 ms of main thread on its first call): the client
//   components these pages render merge classes only when a caller passes a className (lib/ui/cn.ts);
// - nor an Intl.NumberFormat (the first loads the currency data, 23–38 ms): the server formats every price shown,
//   the booking form's totals for each seat count included;
// - nor downloads Radix's dialog: the header's menu, the filter sheet and the photo lightbox load it when the visitor
//   reaches for them (lib/ui/lazy-overlay.ts), and the home page no longer loads tailwind-merge at all;
// - nor hydrates the server components' icons: they arrive as <svg> markup (components/ui/icons.tsx), not as
//   lucide-react's client component with the icon's drawing in the page's payload.
// Read from the browser's own precise coverage of the page's scripts.

test.use({ viewport: { width: 390, height: 844 } });

const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";
// a one-line arrow in tailwind-merge that only its class-map builder calls; property names survive minification
const TW_MERGE_CLASS_MAP = '"isThemeGetter"in';
// lucide-react's icon rendered by a server component: a client component whose props, in the RSC payload, carry the
// icon's name and drawing (JSON inside a JavaScript string, so its quotes are escaped)
const LUCIDE_CLIENT_ICON = '\\"icon\\":{\\"name\\":';
// Radix's dialog names its parts for React's dev tools; the name survives minification
const RADIX_DIALOG = '"DialogContent"';

async function startUp(page: Page, path: string) {
  const numberFormats = await countIntl(page, "NumberFormat");
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  const response = await page.goto(path);
  // the chunks the page starts with are those its HTML names (Next adds more script elements as it loads others)
  const html = (await response?.text()) ?? "";
  const initial = [...html.matchAll(/<script[^>]* src="(\/_next\/static\/chunks\/[^"]+)"/g)]
    .filter(([tag]) => !tag.includes("noModule"))
    .map(([, src]) => new URL(src, page.url()).href);
  // hydrated once React has attached its props to the header's menu button (a client component)
  await expect
    .poll(() =>
      page
        .getByRole("button", { name: "Menu" })
        .evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps"))),
    )
    .toBe(true);
  await page.waitForLoadState("load");
  return { scripts: await page.coverage.stopJSCoverage(), initial, html, numberFormats: await numberFormats() };
}

test("catalogue pages start with compile-hinted chunks and hydrate without tailwind-merge or a number formatter", async ({
  page,
  request,
}) => {
  const { trip } = await tripWithDeparture(request, { days: 20 });
  for (const path of ["/", "/trips", `/trips/${trip.id}`]) {
    const { scripts: all, initial, html, numberFormats } = await startUp(page, path);
    const scripts = all.filter((s) => s.url.includes("/_next/static/chunks/"));
    expect(scripts.length, `${path}: scripts loaded`).toBeGreaterThan(3);

    // every chunk the page's HTML loads — the framework's and its layouts' and page's client components — is hinted
    const started = scripts.filter((s) => initial.includes(s.url));
    expect(started.length, `${path}: start-up chunks`).toBeGreaterThan(3);
    expect(
      started.some((s) => s.source?.includes("hydrateRoot")),
      `${path}: React DOM among them`,
    ).toBe(true);
    for (const s of started) expect(s.source?.startsWith(COMPILE_HINT), `${s.url} starts with the hint`).toBe(true);

    // prices arrive formatted from the server (the booking form's totals too): no number formatter is built
    expect(numberFormats, `${path}: Intl.NumberFormat built while starting`).toBe(0);

    expect(html.includes(LUCIDE_CLIENT_ICON), `${path}: lucide-react icons in the page's payload`).toBe(false);
    expect(html, `${path}: server-rendered icons`).toContain('class="lucide lucide-');

    expect(
      started.filter((s) => s.source?.includes(RADIX_DIALOG)).map((s) => s.url),
      `${path}: chunks with Radix's dialog`,
    ).toEqual([]);

    // the home page's client components never import tailwind-merge; the others' do (a Button or an Input merges a
    // caller's className), but it never builds its class map while the page starts
    const twMerge = scripts.filter((s) => s.source?.includes(TW_MERGE_CLASS_MAP));
    if (path === "/")
      expect(
        twMerge.filter((s) => initial.includes(s.url)).map((s) => s.url),
        "/: tailwind-merge among the start-up chunks",
      ).toEqual([]);
    else expect(twMerge.length, `${path}: tailwind-merge's chunk is loaded`).toBeGreaterThan(0);
    for (const s of twMerge) {
      const at = s.source!.indexOf(TW_MERGE_CLASS_MAP);
      const calls = s.functions
        .map((f) => f.ranges[0])
        .filter((r) => r.startOffset <= at && at < r.endOffset && r.endOffset - r.startOffset < 100);
      // V8 reports the small arrow once its enclosing module has run; 0 calls means the class map was never built
      expect(calls.length, `${path}: the arrow is in the coverage report`).toBeGreaterThan(0);
      expect(
        calls.map((r) => r.count),
        `${path}: calls of tailwind-merge's class-map builder`,
      ).toEqual(calls.map(() => 0));
    }
  }
});
