import type { FaultPlan } from '../faults/fault-plan';
import { type Reply, jsonReply } from '../http/reply';
import { decodeGb18030, encodeGb18030 } from './csv';
import type { PermitFiles } from './permit-files';

export const PERMIT_FILES_PATH = '/credit/files/xzxk/';

/** `GET /credit/files/xzxk/index.json`: the files listed now. */
export function indexRoute(permits: PermitFiles, plan: FaultPlan): Reply {
  if (plan.correctFile !== undefined) permits.correct(plan.correctFile === true ? (permits.list()[0]?.name ?? '') : plan.correctFile);
  if (plan.empty) return jsonReply({ files: [] });
  return jsonReply({ files: permits.list().map((f) => permits.entry(f)) });
}

/** `GET /credit/files/xzxk/<name>`: one day's permits, GB18030 CSV. */
export function fileRoute(permits: PermitFiles, name: string, plan: FaultPlan): Reply {
  if (plan.correctFile !== undefined) permits.correct(plan.correctFile === true ? name : plan.correctFile);
  const file = permits.find(name);
  if (!file) return jsonReply({ code: '404', msg: `文件不存在：${name}` }, 404);
  let bytes = permits.bytes(file);
  if (plan.empty || plan.repeatRow || plan.badRow) bytes = damage(bytes, plan);
  return { status: 200, contentType: 'text/csv;charset=GB18030', body: bytes };
}

/** File faults work on lines: header only, a line repeated, or a short line among good ones. */
function damage(bytes: Buffer, plan: FaultPlan): Buffer {
  const lines = decodeGb18030(bytes).split('\r\n').slice(0, -1);
  const [header, ...rows] = lines;
  if (plan.empty) return encodeGb18030(`${header ?? ''}\r\n`);
  const middle = Math.floor(rows.length / 2);
  if (plan.repeatRow && rows[middle] !== undefined) rows.splice(middle, 0, rows[middle] as string);
  if (plan.badRow) rows.splice(middle, 0, '数据异常,"未闭合的引号');
  return encodeGb18030([header, ...rows].map((line) => `${line}\r\n`).join(''));
}
