/**
 * Polls `check` until it returns something other than undefined or false. `withinMs` only bounds how
 * long a broken test hangs; no test asserts on how fast anything happens.
 */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, withinMs = 45_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
