import { registerEnumType } from 'type-graphql';

/** 处理结果 — what push ingest did with one record. */
export enum IngestStatus {
  ACCEPTED = 'ACCEPTED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}

/** 写入方式 — how an accepted record reached its table. */
export enum IngestChange {
  INSERTED = 'INSERTED',
  UPDATED = 'UPDATED',
}

registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description: '处理结果 — what push ingest did with one record',
  valuesConfig: {
    ACCEPTED: { description: '已接收 — stored: a new record, or a stored one whose content changed (see `change`)' },
    UNCHANGED: { description: '未变化 — the same content is already stored; nothing was written' },
    REJECTED: { description: '已拒绝 — not stored; `reason` says why (a bad field, a later record with the same key, a newer stored version)' },
  },
});

registerEnumType(IngestChange, {
  name: 'IngestChange',
  description: '写入方式 — how an accepted record reached its table',
  valuesConfig: {
    INSERTED: { description: '新增 — a record not stored before' },
    UPDATED: { description: '更新 — a stored record whose content changed (an operation D withdraws it)' },
  },
});
