import { loadConfig } from '../config';

describe('simulator config', () => {
  it('has documented defaults', () => {
    expect(loadConfig({})).toEqual({ port: 4300, host: '127.0.0.1', seed: 20_261_101, size: 2000, malformedRate: 0.005, logLevel: 'info' });
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ SIMULATOR_PORT: 'x', SIMULATOR_SIZE: '0' })).toThrow(/SIMULATOR_PORT[\s\S]*SIMULATOR_SIZE/);
  });
});
