// A code block taller than its box scrolls, so a keyboard has to be able to focus it to scroll it (WCAG 2.1.1, axe
// scrollable-region-focusable). Swagger UI's syntax highlighter renders those <pre> elements and passes no props
// through to them, so no plugin can add tabIndex: this keeps the attribute in step with the layout instead, for the
// blocks inside `root` only, touching only the attribute it added itself.
const MARK = "focusableCode";

export function keepScrollingCodeFocusable(root: HTMLElement): () => void {
  let frame = 0;
  const update = () => {
    frame = 0;
    for (const pre of root.querySelectorAll<HTMLElement>("pre")) {
      const scrolls = pre.scrollHeight > pre.clientHeight + 1 || pre.scrollWidth > pre.clientWidth + 1;
      if (scrolls && !pre.hasAttribute("tabindex")) {
        pre.tabIndex = 0;
        pre.dataset[MARK] = "";
      } else if (!scrolls && MARK in pre.dataset) {
        pre.removeAttribute("tabindex");
        delete pre.dataset[MARK];
      }
    }
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  window.addEventListener("resize", schedule);
  schedule();
  return () => {
    observer.disconnect();
    window.removeEventListener("resize", schedule);
    cancelAnimationFrame(frame);
  };
}
