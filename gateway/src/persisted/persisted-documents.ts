import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseJsonText } from '../json-text';

/** The portal's registered operations: sha256 (hex) of a document's exact text → that text. */
export type PersistedDocuments = ReadonlyMap<string, string>;

/** The hash a client sends in `extensions.persistedQuery.sha256Hash` for `document`. */
export function documentHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/**
 * A persisted-documents file (`{ "<sha256>": "<document>", … }`); every hash must be its
 * document's, so an edited document without its new hash fails at boot, not for the portal.
 */
export function parsePersistedDocuments(text: string, source: string): PersistedDocuments {
  const parsed = parseJsonText(text, source);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${source} must be an object of sha256 hash → document`);
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (typeof document !== 'string') throw new Error(`${source}: the entry ${hash} is not a document string`);
    if (documentHash(document) !== hash) throw new Error(`${source}: the entry ${hash} does not hash to its key (its sha256 is ${documentHash(document)})`);
    documents.set(hash, document);
  }
  return documents;
}

export async function loadPersistedDocuments(path: string): Promise<PersistedDocuments> {
  const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new Error(`cannot read the persisted documents at ${path} (${err.code ?? err.message}); set GATEWAY_PERSISTED_DOCUMENTS`);
  });
  return parsePersistedDocuments(text, path);
}
