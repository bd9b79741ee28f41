import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { QuarantineEntry } from './quarantine-entry.type';

/** What resolving did to one entry. */
export enum ResolveOutcome {
  RESOLVED = 'RESOLVED',
  ALREADY_RESOLVED = 'ALREADY_RESOLVED',
}

registerEnumType(ResolveOutcome, {
  name: 'ResolveOutcome',
  description: '处理结果 — RESOLVED: closed now, nothing stored; ALREADY_RESOLVED: it was closed before, nothing changed',
});

/** The answer for one id of resolveQuarantine. */
@ObjectType({ description: '处理结果 — what resolveQuarantine did with one entry', simpleResolvers: true })
export class ResolveResult {
  @Field(() => ID)
  id!: string;

  @Field(() => ResolveOutcome)
  outcome!: ResolveOutcome;

  @Field(() => QuarantineEntry, { description: 'The entry as it is now' })
  entry!: QuarantineEntry;
}
