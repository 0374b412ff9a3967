/**
 * The browser's one way to read the REST API: polling what a server component rendered first (the bell, a payment
 * being confirmed). Mutations are server actions instead. `T` is the type the route handler's builder returns
 * (e.g. NotificationFeed), imported as a type, so the component declares no response shape of its own.
 */
export async function getJson<T>(path: `/api/v1/${string}`): Promise<T | null> {
  const res = await fetch(path, { cache: "no-store" });
  // signed out meanwhile, or the server is restarting: the next poll tries again
  if (!res.ok) return null;
  return (await res.json()) as T;
}
