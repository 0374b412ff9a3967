// Waits for something to happen instead of sleeping for a guessed time: fast when it happens at once, and a clear
// failure (the last assertion error) when it never does.

export interface WaitForOptions {
  /** how long to keep trying, in ms (default 5 000) */
  timeout?: number;
  /** pause between tries, in ms (default 25) */
  interval?: number;
  /** what was awaited, for the timeout message */
  message?: string;
}

/**
 * Calls `condition` until it neither throws nor returns `false` or `null`, and resolves with what it returned. So both
 * `() => count > 2` and `async () => { expect(await read()).toBe(3); }` work. After `timeout` it rejects with the last error
 * thrown, or a timeout error when the condition only returned false or null.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { timeout = 5_000, interval = 25, message }: WaitForOptions = {},
): Promise<Exclude<T, false | null>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    let lastError: unknown;
    try {
      const result = await condition();
      if (isMet(result)) return result;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      if (lastError !== undefined) throw lastError;
      throw new Error(`waitFor: ${message ?? "the condition"} was not met within ${timeout} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

const isMet = <T>(value: T): value is Exclude<T, false | null> => value !== false && value !== null;
