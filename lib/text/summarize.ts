/**
 * Text for a meta description or a preview: whitespace (line breaks included) collapsed, cut at a word boundary to at
 * most `max` characters with an ellipsis. Search engines show about 155 characters of a description.
 */
export function summarize(text: string, max = 155): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(" ");
  // a single very long word is cut where it must be rather than dropped
  const cut = lastSpace > max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,.;:!?–—-]+$/, "")}…`;
}
