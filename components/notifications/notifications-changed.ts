// The bell keeps its own state between polls; a change made elsewhere on the page (the /notifications list, its
// "Mark all read") tells it through this window event, so the badge follows at once instead of at the next poll.
const EVENT = "travellr:notifications-changed";

export function announceNotificationsChanged() {
  window.dispatchEvent(new Event(EVENT));
}

export function onNotificationsChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
