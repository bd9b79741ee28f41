import { HostPolicy } from './host-policy';
import { readUpstreamSettings, type UpstreamSettings } from './upstream-settings';

/** One HostPolicy per upstream origin (scheme, host and port), made on the first request to it. */
export class UpstreamHosts {
  private readonly byOrigin = new Map<string, HostPolicy>();

  constructor(readonly settings: UpstreamSettings) {}

  /** The policy of the host `url` points at. */
  for(url: string): HostPolicy {
    const { origin, host } = new URL(url);
    let policy = this.byOrigin.get(origin);
    if (!policy) {
      policy = new HostPolicy(host, this.settings);
      this.byOrigin.set(origin, policy);
    }
    return policy;
  }
}

let processHosts: UpstreamHosts | undefined;

/**
 * The policies every request of this process goes through unless a caller brings its own
 * (`FetchOptions.hosts`). Set at boot by `configureUpstreamHosts` (the worker does, so a bad
 * UPSTREAM_* value stops it there); otherwise read from the environment on the first request.
 */
export function upstreamHosts(): UpstreamHosts {
  processHosts ??= new UpstreamHosts(readUpstreamSettings());
  return processHosts;
}

/** Replaces the process's policies with fresh ones from `settings` (boot). */
export function configureUpstreamHosts(settings: UpstreamSettings): UpstreamHosts {
  processHosts = new UpstreamHosts(settings);
  return processHosts;
}
