import type { Page } from "@playwright/test";

type Formatter = "NumberFormat" | "DateTimeFormat";

/**
 * Counts the page's constructions of an Intl formatter, from before its own scripts run: the browser's first
 * Intl.NumberFormat loads the currency data (23–38 ms of main thread here), its first Intl.DateTimeFormat the time
 * zone data (8–22 ms). Returns a reader of the count since the page's last navigation.
 */
export async function countIntl(page: Page, name: Formatter) {
  await page.addInitScript((name: Formatter) => {
    const counts = ((window as unknown as { intlCounts?: Record<string, number> }).intlCounts ??= {});
    counts[name] = 0;
    const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
    Intl[name] = new Proxy(Original, {
      construct(target, args) {
        counts[name]++;
        return new target(...args);
      },
      apply(target, self, args) {
        counts[name]++;
        return Reflect.apply(target, self, args);
      },
    }) as never;
  }, name);
  return () =>
    page.evaluate(
      (name: Formatter) => (window as unknown as { intlCounts: Record<string, number> }).intlCounts[name],
      name,
    );
}
