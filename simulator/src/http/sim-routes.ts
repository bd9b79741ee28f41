import type { IncomingMessage } from 'node:http';
import type { AdvanceOptions, AdvanceSummary } from '../credit/advance';
import type { FaultController } from '../faults/fault-controller';
import { FaultRuleError } from '../faults/fault-rule';
import { readJsonBody } from './read-body';
import { type Reply, jsonReply } from './reply';

/** What the control endpoints act on. */
export interface SimControls {
  readonly faults: FaultController;
  advance(change?: AdvanceOptions): AdvanceSummary;
}

const ADVANCE_KEYS = ['inserts', 'updates', 'deletes', 'repairs', 'performed', 'permits'] as const;

/** `/_sim/health`, `/_sim/faults` (GET, POST, DELETE) and `/_sim/advance` (POST). */
export async function simRoute(req: IncomingMessage, path: string, controls: SimControls): Promise<Reply> {
  const method = req.method ?? 'GET';
  try {
    if (path === '/_sim/health') return jsonReply({ ok: true });
    if (path === '/_sim/faults' && method === 'GET') return jsonReply({ ok: true, faults: controls.faults.list() });
    if (path === '/_sim/faults' && method === 'DELETE') {
      controls.faults.clear();
      return jsonReply({ ok: true, faults: [] });
    }
    if (path === '/_sim/faults' && method === 'POST') {
      const added = controls.faults.injectJson(await readJsonBody(req));
      return jsonReply({ ok: true, added: added.map((s) => s.id), faults: controls.faults.list() });
    }
    if (path === '/_sim/advance' && method === 'POST') return jsonReply(controls.advance(parseAdvance(await readJsonBody(req))));
    return jsonReply({ ok: false, error: `no ${method} ${path}` }, 404);
  } catch (err) {
    if (err instanceof FaultRuleError || err instanceof SyntaxError || err instanceof RangeError) {
      return jsonReply({ ok: false, error: err.message }, 400);
    }
    throw err;
  }
}

/** The advance body: each count optional, a non-negative integer. */
function parseAdvance(body: unknown): AdvanceOptions {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new RangeError('advance body must be a JSON object');
  const raw = body as Record<string, unknown>;
  const out: Record<string, number> = {};
  for (const key of ADVANCE_KEYS) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new RangeError(`${key} must be a non-negative integer`);
    out[key] = value;
  }
  return out;
}
