// Swagger UI's authorization popup is a plain <div> over a backdrop: screen readers are not told a dialog opened,
// and Tab walks out of it into the page behind. This gives the rendered popup the contract of a modal dialog (the
// WAI-ARIA dialog pattern) from the outside, so Swagger UI's markup stays its own: role, name, focus kept inside,
// Escape, the rest of the page inert while it is open, and the focus back where it was when it closes.

const TABBABLE = [
  "a[href]",
  "button",
  "input:not([type=hidden])",
  "select",
  "textarea",
  "[tabindex]",
  "[contenteditable=true]",
].join(",");

/** The elements inside `container` that Tab stops at, in document order (Swagger UI sets no positive tabindex). */
export function tabbableElements(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !el.matches(":disabled") &&
      !el.closest("[inert]") &&
      // not display:none (no boxes) nor visibility:hidden, which Tab skips as well
      el.getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== "hidden",
  );
}

/** Makes every element outside `keep` (up to <body>) inert; returns the undo, which touches only what it changed. */
function inertOutside(keep: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (let node = keep; node.parentElement && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert) continue;
      sibling.inert = true;
      changed.push(sibling);
    }
  }
  return () => changed.forEach((el) => (el.inert = false));
}

export interface ModalOptions {
  /** Everything the popup rendered, backdrop included: what stays live while the rest of the page is inert. */
  root: HTMLElement;
  /** The dialog box itself, which gets the role. */
  dialog: HTMLElement;
  /** The dialog's visible title, its accessible name. */
  title: HTMLElement | null;
  /** The element focused when the dialog opened, read before the dialog took the focus. */
  opener: Element | null;
  /** Where the focus goes back to when the opener is gone or was never focused (a mouse click in Safari). */
  fallback: () => HTMLElement | null;
  /** Closes the dialog, as its own close button does. */
  close: () => void;
  /** The id the title gets if it has none. */
  titleId: string;
}

/** Turns a rendered popup into a modal dialog; call the returned function when it closes (unmounts). */
export function makeModal({ root, dialog, title, opener, fallback, close, titleId }: ModalOptions): () => void {
  dialog.setAttribute("role", "dialog");
  dialog.setAttribute("aria-modal", "true");
  if (title) {
    if (!title.id) title.id = titleId;
    dialog.setAttribute("aria-labelledby", title.id);
  }
  // focusable by script only: the fallback target when nothing inside can take the focus
  if (!dialog.hasAttribute("tabindex")) dialog.tabIndex = -1;

  const restoreInert = inertOutside(root);
  // Swagger UI autofocuses a credentials field; otherwise the focus goes to the first control
  if (!dialog.contains(document.activeElement)) (tabbableElements(dialog)[0] ?? dialog).focus();

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      // Swagger UI 5 closes on Escape too (a document listener); closing twice is the same state
      close();
      return;
    }
    if (event.key !== "Tab") return;
    const items = tabbableElements(dialog);
    const first = items[0];
    const last = items.at(-1);
    const active = document.activeElement;
    if (!first || !last) {
      event.preventDefault();
      dialog.focus();
    } else if (!(active instanceof HTMLElement) || !dialog.contains(active)) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    } else if (event.shiftKey && (active === first || active === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };
  // on the document, not the dialog: a click on the dialog's text leaves the focus on <body>, and Tab from there
  // must come back in too
  document.addEventListener("keydown", onKeyDown);

  return () => {
    document.removeEventListener("keydown", onKeyDown);
    restoreInert(); // first: an inert element cannot take the focus
    // only when the focus went down with the dialog (not when the whole reference unmounts or moved it elsewhere)
    const active = document.activeElement;
    if (active && active !== document.body && !root.contains(active)) return;
    const back = opener instanceof HTMLElement && opener !== document.body && opener.isConnected ? opener : fallback();
    back?.focus();
  };
}
