import { registerEnumType } from 'type-graphql';

/** 公告性质 — NOTICE_NATURE of a construction notice, stored as published (1, 2, 9). */
export enum NoticeNature {
  NORMAL = '1',
  CHANGE = '2',
  OTHER = '9',
}

registerEnumType(NoticeNature, {
  name: 'NoticeNature',
  description: '公告性质 — nature of a construction notice',
  valuesConfig: {
    NORMAL: { description: '正常公告 — the original notice' },
    CHANGE: { description: '变更公告 — a change or clarification (澄清/变更)' },
    OTHER: { description: '其他' },
  },
});
