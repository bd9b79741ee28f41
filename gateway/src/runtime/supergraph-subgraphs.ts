import { Kind, parse } from 'graphql';

/**
 * Names of the subgraphs a supergraph routes to, as written in its
 * `enum join__Graph { CATALOG @join__graph(name: "catalog", url: "…") }`.
 */
export function subgraphNamesOf(supergraphSdl: string): string[] {
  const names: string[] = [];
  for (const def of parse(supergraphSdl).definitions) {
    if (def.kind !== Kind.ENUM_TYPE_DEFINITION || def.name.value !== 'join__Graph') continue;
    for (const value of def.values ?? []) {
      const graph = value.directives?.find((d) => d.name.value === 'join__graph');
      const name = graph?.arguments?.find((a) => a.name.value === 'name')?.value;
      if (name?.kind === Kind.STRING) names.push(name.value);
    }
  }
  return names;
}
