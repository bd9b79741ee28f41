import { DEFAULT_PAGE_SIZE } from '@keyfield/core';
import {
  getNamedType, getNullableType, getOperationAST, isInterfaceType, isListType, isObjectType, Kind, valueFromASTUntyped,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType,
  type GraphQLSchema, type SelectionNode, type SelectionSetNode,
} from 'graphql';

/** How big an operation is, by the measures the request limits bound. */
export interface OperationMeasure {
  /** Deepest field nesting; a root field is at depth 1. */
  depth: number;
  /** Aliased fields, fragments counted once per spread. */
  aliases: number;
  /**
   * Every field counts 1; what a list field (one with a `first` argument) selects counts once per
   * item it asks for: `first`, or 20 when not given. `penalties(first: 10) { nodes { name } }` is
   * 1 + 10 × (1 + 1) = 21.
   */
  cost: number;
  /** The largest `first` asked for, and of which field; null when no field takes one. */
  largestList: { size: number; field: string } | null;
}

const NOTHING: OperationMeasure = { depth: 0, aliases: 0, cost: 0, largestList: null };

function larger(a: OperationMeasure['largestList'], b: OperationMeasure['largestList']): OperationMeasure['largestList'] {
  return !a || (b && b.size > a.size) ? b : a;
}

function siblings(a: OperationMeasure, b: OperationMeasure): OperationMeasure {
  return { depth: Math.max(a.depth, b.depth), aliases: a.aliases + b.aliases, cost: a.cost + b.cost, largestList: larger(a.largestList, b.largestList) };
}

function fieldOf(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/**
 * Walks one validated operation with its fragments. A fragment is measured once and reused
 * wherever it is spread, so nested spreads cannot make the walk itself expensive.
 */
class Measurer {
  private readonly fragmentMeasures = new Map<string, OperationMeasure>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variable: (name: string) => unknown,
  ) {}

  selectionSet(set: SelectionSetNode, parent: GraphQLNamedType): OperationMeasure {
    return set.selections.reduce((total, selection) => siblings(total, this.selection(selection, parent)), NOTHING);
  }

  private selection(selection: SelectionNode, parent: GraphQLNamedType): OperationMeasure {
    switch (selection.kind) {
      case Kind.FIELD: return this.field(selection, parent);
      case Kind.INLINE_FRAGMENT: return this.selectionSet(selection.selectionSet, this.typeNamed(selection.typeCondition?.name.value) ?? parent);
      case Kind.FRAGMENT_SPREAD: return this.fragment(selection.name.value);
    }
  }

  private fragment(name: string): OperationMeasure {
    const known = this.fragmentMeasures.get(name);
    if (known) return known;
    const definition = this.fragments.get(name);
    const type = this.typeNamed(definition?.typeCondition.name.value);
    // Marked first: a cycle (which validation refuses anyway) ends here instead of recursing.
    this.fragmentMeasures.set(name, NOTHING);
    const measure = definition && type ? this.selectionSet(definition.selectionSet, type) : NOTHING;
    this.fragmentMeasures.set(name, measure);
    return measure;
  }

  private field(node: FieldNode, parent: GraphQLNamedType): OperationMeasure {
    const alias = node.alias ? 1 : 0;
    // Introspection is allowed or refused per role; `__typename` costs nothing.
    if (node.name.value.startsWith('__')) return { ...NOTHING, aliases: alias };
    const definition = fieldOf(parent, node.name.value);
    const child = node.selectionSet && definition ? this.selectionSet(node.selectionSet, getNamedType(definition.type)) : NOTHING;
    const size = definition ? this.listSize(node, definition) : null;
    const items = size ?? (definition ? this.argumentListLength(node, definition) : null) ?? 1;
    return {
      depth: 1 + child.depth,
      aliases: alias + child.aliases,
      cost: 1 + items * child.cost,
      largestList: larger(child.largestList, size === null ? null : { size, field: `${parent.name}.${node.name.value}` }),
    };
  }

  /** The `first` a list field asks for (literal, variable or default); null for other fields. */
  private listSize(node: FieldNode, definition: GraphQLField<unknown, unknown>): number | null {
    const argument = definition.args.find((a) => a.name === 'first');
    if (!argument) return null;
    const value = node.arguments?.find((a) => a.name.value === 'first')?.value;
    const given = value?.kind === Kind.VARIABLE ? this.variable(value.name.value) : value ? valueFromASTUntyped(value) : undefined;
    if (typeof given === 'number' && Number.isFinite(given)) return Math.max(0, Math.floor(given));
    return typeof argument.defaultValue === 'number' ? argument.defaultValue : DEFAULT_PAGE_SIZE;
  }

  /**
   * For a list field without `first` that takes a list of keys (`organizationsByUscc(usccs:)`,
   * `_entities(representations:)`): how many keys it is given — what it answers per key is paid
   * once per key. Null when it takes none.
   */
  private argumentListLength(node: FieldNode, definition: GraphQLField<unknown, unknown>): number | null {
    if (!isListType(getNullableType(definition.type))) return null;
    for (const argument of node.arguments ?? []) {
      const given = argument.value.kind === Kind.VARIABLE ? this.variable(argument.value.name.value) : valueFromASTUntyped(argument.value);
      if (Array.isArray(given)) return given.length;
    }
    return null;
  }

  private typeNamed(name: string | undefined): GraphQLNamedType | undefined {
    return name === undefined ? undefined : this.schema.getType(name);
  }
}

/** The measure of the operation `operationName` selects in `document`; null when there is none. */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Readonly<Record<string, unknown>>): OperationMeasure | null {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const defaults = new Map(operation.variableDefinitions?.map((d) => [d.variable.name.value, d.defaultValue] as const));
  const variable = (name: string): unknown => {
    if (variables[name] !== undefined && variables[name] !== null) return variables[name];
    const fallback = defaults.get(name);
    return fallback ? valueFromASTUntyped(fallback) : undefined;
  };
  return new Measurer(schema, fragments, variable).selectionSet(operation.selectionSet, root);
}
