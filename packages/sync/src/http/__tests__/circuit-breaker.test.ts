import { CircuitBreaker, type CircuitState } from '../circuit-breaker';
import { UpstreamCircuitOpenError } from '../circuit-open-error';
import { TransientUpstreamError } from '../transient-error';

const isFailure = (err: unknown): boolean => err instanceof TransientUpstreamError;
const upstreamDown = (): Promise<never> => Promise.reject(new TransientUpstreamError('http://up.example/x', 'HTTP 503', 'http'));
const ok = (): Promise<string> => Promise.resolve('ok');

function breaker(failuresToOpen = 3, halfOpenAfterMs = 1000) {
  let now = 0;
  const states: CircuitState[] = [];
  const b = new CircuitBreaker('up.example', { failuresToOpen, halfOpenAfterMs, nowMs: () => now, onStateChange: (s) => states.push(s) });
  return { b, states, advance: (ms: number) => { now += ms; } };
}

async function fail(b: CircuitBreaker, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await expect(b.run(upstreamDown, isFailure)).rejects.toBeInstanceOf(TransientUpstreamError);
}

test('opens after N consecutive failures and then fails fast without calling the upstream', async () => {
  const { b, states } = breaker(3);
  await fail(b, 3);
  expect(b.state).toBe('open');
  const call = jest.fn(ok);
  await expect(b.run(call, isFailure)).rejects.toBeInstanceOf(UpstreamCircuitOpenError);
  expect(call).not.toHaveBeenCalled();
  expect(states).toEqual(['open']);
});

test('a success between failures resets the count', async () => {
  const { b } = breaker(3);
  await fail(b, 2);
  await b.run(ok, isFailure);
  await fail(b, 2);
  expect(b.state).toBe('closed');
});

test('errors that are not the upstream’s fault do not count', async () => {
  const { b } = breaker(2);
  for (let i = 0; i < 5; i++) await expect(b.run(() => Promise.reject(new TypeError('a bug')), isFailure)).rejects.toBeInstanceOf(TypeError);
  expect(b.state).toBe('closed');
});

test('after the half-open delay one trial goes through; others still fail fast; its success closes the circuit', async () => {
  const { b, states, advance } = breaker(2, 1000);
  await fail(b, 2);
  advance(999);
  await expect(b.run(ok, isFailure)).rejects.toBeInstanceOf(UpstreamCircuitOpenError);
  advance(1);
  let release: (v: string) => void = () => undefined;
  const trial = b.run(() => new Promise<string>((r) => { release = r; }), isFailure);
  expect(b.state).toBe('half-open');
  const other = jest.fn(ok);
  await expect(b.run(other, isFailure)).rejects.toBeInstanceOf(UpstreamCircuitOpenError);
  expect(other).not.toHaveBeenCalled();
  release('ok');
  await expect(trial).resolves.toBe('ok');
  expect(b.state).toBe('closed');
  expect(states).toEqual(['open', 'half-open', 'closed']);
});

test('a failed trial opens the circuit again for another full delay', async () => {
  const { b, advance } = breaker(2, 1000);
  await fail(b, 2);
  advance(1000);
  await fail(b, 1);
  expect(b.state).toBe('open');
  advance(500);
  await expect(b.run(ok, isFailure)).rejects.toThrow(/circuit is open.*HTTP 503/);
  advance(500);
  await expect(b.run(ok, isFailure)).resolves.toBe('ok');
  expect(b.state).toBe('closed');
});

test('a slow call admitted while closed cannot close a circuit that opened meanwhile', async () => {
  const { b } = breaker(2);
  let release: (v: string) => void = () => undefined;
  const slow = b.run(() => new Promise<string>((r) => { release = r; }), isFailure);
  await fail(b, 2);
  release('late');
  await expect(slow).resolves.toBe('late');
  expect(b.state).toBe('open');
});
