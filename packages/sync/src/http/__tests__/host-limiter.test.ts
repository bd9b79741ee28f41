import { HostLimiter } from '../host-limiter';

/** A call that stays in flight until released. */
function held(): { call: () => Promise<void>; release: () => void; started: () => boolean } {
  let release: () => void = () => undefined;
  let started = false;
  const done = new Promise<void>((r) => { release = r; });
  return { call: () => { started = true; return done; }, release: () => release(), started: () => started };
}

const tick = () => new Promise((r) => setImmediate(r));

test('at most K calls are in flight; the next one starts, in arrival order, when one ends', async () => {
  const limiter = new HostLimiter(2, 0);
  const calls = [held(), held(), held(), held()];
  const runs = calls.map((c) => limiter.run(c.call));
  await tick();
  expect(calls.map((c) => c.started())).toEqual([true, true, false, false]);
  expect(limiter.inFlight).toBe(2);
  calls[1]?.release();
  await tick();
  expect(calls.map((c) => c.started())).toEqual([true, true, true, false]);
  for (const c of calls) c.release();
  await Promise.all(runs);
  expect(limiter.inFlight).toBe(0);
});

test('a call that throws frees its slot', async () => {
  const limiter = new HostLimiter(1, 0);
  await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  await expect(limiter.run(() => Promise.resolve('next'))).resolves.toBe('next');
  expect(limiter.inFlight).toBe(0);
});

test('starts are spaced at least minSpacingMs apart, even with free slots', async () => {
  jest.useFakeTimers({ doNotFake: ['setImmediate'] });
  try {
    const limiter = new HostLimiter(5, 1000);
    const calls = [held(), held(), held()];
    const runs = calls.map((c) => limiter.run(c.call));
    await tick();
    expect(calls.map((c) => c.started())).toEqual([true, false, false]);
    await jest.advanceTimersByTimeAsync(999);
    expect(calls.map((c) => c.started())).toEqual([true, false, false]);
    await jest.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.started())).toEqual([true, true, false]);
    await jest.advanceTimersByTimeAsync(1000);
    expect(calls.map((c) => c.started())).toEqual([true, true, true]);
    for (const c of calls) c.release();
    await Promise.all(runs);
  } finally {
    jest.useRealTimers();
  }
});
