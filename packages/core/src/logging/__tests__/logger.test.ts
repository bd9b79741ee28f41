import { Writable } from 'node:stream';
import { createLogger } from '../logger';

function captured(): { lines: string[]; sink: Writable } {
  const lines: string[] = [];
  return { lines, sink: new Writable({ write(chunk: Buffer, _e, done) { lines.push(chunk.toString()); done(); } }) };
}

test('a failed statement is logged with its code and message, never its parameters, text or detail', () => {
  const { lines, sink } = captured();
  const err = Object.assign(new Error('duplicate key value violates unique constraint'), {
    query: "SELECT * FROM credit.penalty WHERE subject_name = $1", parameters: ['欧阳明华'],
    driverError: { code: '23505', message: 'duplicate key', detail: 'Key (person_id_number)=(110101199003071234) already exists.' },
  });
  createLogger('test', 'info', sink).error({ err }, 'failed');
  const line = lines.join('');
  expect(line).toContain('duplicate key value violates unique constraint');
  expect(line).toContain('23505');
  expect(line).not.toContain('欧阳明华');
  expect(line).not.toContain('110101199003071234');
  expect(line).not.toContain('subject_name');
});

test('personal keys are redacted wherever they appear', () => {
  const { lines, sink } = captured();
  createLogger('test', 'info', sink).info({ record: { CF_XDR_ZJHM: '110101199003071234' } }, 'row');
  expect(lines.join('')).not.toContain('110101199003071234');
});
