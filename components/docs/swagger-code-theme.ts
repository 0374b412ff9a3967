// Swagger UI colours its code blocks with an inline-styled theme (agate by default, on #333): numbers in #d36363
// (3.45:1) and comments in #888 (3.6:1) fail WCAG AA, and inline styles are out of the stylesheet's reach. The
// theme object is handed to its SyntaxHighlighter as a prop, so the plugin passes a copy with those two lightened.
const READABLE: Record<string, string> = { "#d36363": "#ee8888", "#888": "#aaa" };

type Styles = Record<string, unknown>;

function isRecord(value: unknown): value is Styles {
  return typeof value === "object" && value !== null;
}

function readableTheme(theme: unknown): unknown {
  if (!isRecord(theme)) return theme;
  return Object.fromEntries(
    Object.entries(theme).map(([token, style]) => {
      if (!isRecord(style) || typeof style.color !== "string" || !(style.color in READABLE)) return [token, style];
      return [token, { ...style, color: READABLE[style.color] }];
    }),
  );
}

const cache = new WeakMap<Styles, Styles>();

/** Swagger UI's `syntaxHighlighting` ({styles: {[theme]: style}, defaultStyle}) with readable colours. */
export function readableSyntaxHighlighting(value: unknown): unknown {
  if (!isRecord(value)) return value;
  let readable = cache.get(value);
  if (!readable) {
    const styles = isRecord(value.styles)
      ? Object.fromEntries(Object.entries(value.styles).map(([name, theme]) => [name, readableTheme(theme)]))
      : value.styles;
    readable = { ...value, styles, defaultStyle: readableTheme(value.defaultStyle) };
    cache.set(value, readable);
  }
  return readable;
}
