/** `text` parsed as JSON; a syntax error names `source` (a file the gateway reads at boot). */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${source} is not JSON: ${(err as Error).message}`);
  }
}
