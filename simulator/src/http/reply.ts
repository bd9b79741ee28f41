/** A response before it is sent: faults may still cut or replace it. */
export interface Reply {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer;
}

export const JSON_TYPE = 'application/json;charset=UTF-8';

/** A JSON response; key order is insertion order, so equal data gives equal bytes. */
export function jsonReply(value: unknown, status = 200): Reply {
  return { status, contentType: JSON_TYPE, body: Buffer.from(JSON.stringify(value), 'utf8') };
}

/** What a gateway in front of a failing upstream sends: a bare HTML page. */
export function htmlErrorReply(status: number): Reply {
  const page = `<html><head><title>${status} Error</title></head><body><center><h1>${status} Error</h1></center><hr><center>nginx</center></body></html>`;
  return { status, contentType: 'text/html', body: Buffer.from(page, 'utf8') };
}
