import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * 原始页面 — the archived bytes a record came from, described (the bytes themselves are never sent
 * here: fetch them from `sync.raw_page` by id).
 */
@ObjectType({ description: '原始页面 — the archived page or file a record came from (metadata only)', simpleResolvers: true })
export class RawPage {
  @Field(() => ID)
  id!: string;

  @Field({ description: '地址 — the URL fetched' })
  url!: string;

  @Field(() => Int, { description: 'HTTP 状态码 — the response status' })
  status!: number;

  @Field(() => String, { nullable: true, description: '内容类型 — the Content-Type sent' })
  contentType!: string | null;

  @Field({ description: '字符编码 — the text encoding it was decoded with, e.g. gb18030' })
  encoding!: string;

  @Field({ description: '编码依据 — why that encoding: bom, declared, contract, detected or default' })
  encodingBasis!: string;

  @Field({ description: 'SHA-256 — of the bytes, hex' })
  sha256!: string;

  @Field({ description: '抓取时间 — when the bytes were fetched' })
  fetchedAt!: string;

  @Field(() => Int, { description: '字节数 — size of the archived bytes' })
  byteLength!: number;
}
