import { type Simulator, createSimulator } from '../../server';

/** A started simulator and its URL; stop it with `sim.close()`. */
export async function started(seed = 7, size = 2000): Promise<{ sim: Simulator; url: string }> {
  const sim = createSimulator({ seed, size });
  return { sim, url: await sim.listen(0) };
}

/** The parsed JSON of a GET. */
export async function getJson(url: string): Promise<Record<string, unknown> & { rows: Array<Record<string, string | null>> }> {
  const res = await fetch(url);
  return (await res.json()) as Record<string, unknown> & { rows: Array<Record<string, string | null>> };
}

/** A list URL with its query. */
export function listUrl(base: string, path: string, query: Record<string, string | number>): string {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  return `${base}${path}?${qs}`;
}
