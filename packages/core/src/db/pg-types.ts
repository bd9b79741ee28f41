import { types } from 'pg';

// A `date` is a calendar day in Asia/Shanghai, not an instant: keep it as 'YYYY-MM-DD' rather than
// letting pg turn it into a JS Date at local midnight. numeric and int8 already arrive as strings.
types.setTypeParser(1082, (value: string) => value);
