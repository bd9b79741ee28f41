import { Field } from 'type-graphql';

/**
 * A wire field of a push input: named exactly as the upstream names it (feeds.md), a nullable
 * `String` like every value on the wire, described with its Chinese meaning.
 */
export function WireField(description: string): PropertyDecorator {
  return Field(() => String, { nullable: true, description });
}
