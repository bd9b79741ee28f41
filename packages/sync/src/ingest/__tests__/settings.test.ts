import { ConfigError } from '@keyfield/core';
import { readIngestSettings } from '../settings';

test('INGEST_MAX_RECORDS defaults to 5000 and takes a whole number', () => {
  expect(readIngestSettings({}).maxRecords).toBe(5000);
  expect(readIngestSettings({ INGEST_MAX_RECORDS: '200' }).maxRecords).toBe(200);
});

test('a bad INGEST_MAX_RECORDS stops the process with its name', () => {
  expect(() => readIngestSettings({ INGEST_MAX_RECORDS: 'lots' })).toThrow(ConfigError);
  expect(() => readIngestSettings({ INGEST_MAX_RECORDS: '0' })).toThrow(/INGEST_MAX_RECORDS/);
});
