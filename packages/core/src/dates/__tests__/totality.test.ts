import { parseDate, parseDateTime } from '..';
import { fuzzStrings } from '../../text/__tests__/fuzz-strings';

describe('date parsers on arbitrary strings', () => {
  it('never throw, and every success is a well-formed date', () => {
    for (const s of fuzzStrings(5000)) {
      const date = parseDate(s);
      const dateTime = parseDateTime(s);
      if (date?.ok) expect(date.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (dateTime?.ok) expect(dateTime.dateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+08:00$/);
      if (date?.ok === false) expect(date.reason).not.toBe('');
    }
  });
});
