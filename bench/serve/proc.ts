import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used since it started, in milliseconds; 0 once it is gone. */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat(5) (utime, stime), counted after the command name: 12 and 13.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Resident memory now (VmRSS) and its peak since the process started (VmHWM), in MB. */
export function memoryMb(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** The SQL statements a process running the SQL counter (sql-counter.ts) has sent so far. */
export async function sqlStatements(dir: string, pid: number): Promise<number> {
  const file = join(dir, String(pid));
  rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let waited = 0; waited < 5000; waited += 10) {
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      if (text !== '') return Number(text);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`process ${pid} did not report its SQL count`);
}
