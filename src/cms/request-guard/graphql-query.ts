import {
  GraphQLError,
  Kind,
  parse,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql'

import { limits } from '@/shared/limits'
import { requestMessages } from '@/cms/request-guard/messages'
import { Refused } from '@/cms/refused'

type Cost = { fields: number; depth: number }

/*
 * The schema is Payload's, built by its copy of `graphql`; a bundler or test runner may load
 * this module with another copy (the package ships both CommonJS and ESM), and graphql's
 * `isListType` & co. test `instanceof`, which then fails. Types are read by their shape.
 */
type Wrapper = { ofType: GraphQLOutputType }
const isWrapper = (type: unknown): type is Wrapper =>
  Boolean(type && typeof type === 'object' && 'ofType' in type && (type as Wrapper).ofType)
const namedType = (type: GraphQLOutputType): GraphQLNamedType =>
  isWrapper(type) ? namedType(type.ofType) : (type as GraphQLNamedType)
/** Whether a field's type is a list (`[T]`, `[T]!`, `[T!]!`). */
const isList = (type: GraphQLOutputType): boolean => {
  const nullable = String(type).endsWith('!') && isWrapper(type) ? type.ofType : type
  return String(nullable).startsWith('[')
}
type WithFields = { getFields(): Record<string, unknown> }
const hasFields = (type: GraphQLNamedType): type is GraphQLNamedType & WithFields =>
  typeof (type as Partial<WithFields>).getFields === 'function'
type Variables = Record<string, unknown>

/** The GraphQL request body: `{ query, variables?, operationName? }`. */
export function readGraphQLBody(body: Record<string, unknown>): { query: string; variables: Variables } {
  const { query, variables, operationName } = body
  if (typeof query !== 'string') throw new Refused(requestMessages.graphqlBody)
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    throw new Refused(requestMessages.graphqlBody)
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    throw new Refused(requestMessages.graphqlBody)
  if (query.length > limits.graphql.queryChars) throw new Refused(requestMessages.graphqlTooLong)
  return { query, variables: (variables ?? {}) as Variables }
}

/** Parses with a bound on tokens: the parser stops at the bound instead of reading on. */
function parseBounded(query: string): DocumentNode {
  try {
    return parse(query, { maxTokens: limits.graphql.tokens, noLocation: true })
  } catch (error) {
    if (error instanceof GraphQLError && /\btokens\b/.test(error.message))
      throw new Refused(requestMessages.graphqlTooLong)
    throw new Refused(
      requestMessages.graphqlSyntax(error instanceof GraphQLError ? error.message.slice(0, 200) : 'sözdizimi hatası'),
    )
  }
}

/** Fragments by name, refused when they are too many or spread themselves (directly or not). */
function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  if (fragments.size > limits.graphql.fragments) throw new Refused(requestMessages.graphqlFragments)
  const spreads = (selectionSet: SelectionSetNode, into: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) into.add(selection.name.value)
      else if (selection.selectionSet) spreads(selection.selectionSet, into)
    }
    return into
  }
  const graph = new Map([...fragments].map(([name, fragment]) => [name, spreads(fragment.selectionSet, new Set())]))
  // Depth-first colouring: a fragment met again while it is still open closes a cycle.
  const state = new Map<string, 'open' | 'done'>()
  const visit = (name: string) => {
    if (state.get(name) === 'done') return
    if (state.get(name) === 'open') throw new Refused(requestMessages.graphqlCycle(name.slice(0, 60)))
    state.set(name, 'open')
    for (const next of graph.get(name) ?? []) visit(next)
    state.set(name, 'done')
  }
  for (const name of graph.keys()) visit(name)
  return fragments
}

/**
 * Estimates the size of a query's answer before it runs, in linear time: each fragment's
 * cost is computed once (per page size) and reused wherever it is spread, so nested spreads
 * cannot make the estimate itself explode. A list counts as many times as it may hold
 * items: the `limit` asked for (Payload's lists: `Questions(limit: 50) { docs { … } }`),
 * else 10 (Payload's default page and join size, and the guess for other lists).
 */
class CostEstimate {
  private readonly memo = new Map<string, Cost>()

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Variables,
  ) {}

  private argument(field: FieldNode, name: string): unknown {
    const node = field.arguments?.find((a) => a.name.value === name)
    return node ? valueFromASTUntyped(node.value, this.variables) : undefined
  }

  /** The page size a paginated field asks for, checked against the same bounds as REST. */
  private pageSize(field: FieldNode, definition: GraphQLField<unknown, unknown>): number | undefined {
    if (!definition.args.some((a) => a.name === 'limit')) return undefined
    if (this.argument(field, 'pagination') === false) throw new Refused(requestMessages.paginationOff)
    const page = this.argument(field, 'page')
    if (
      page !== undefined &&
      page !== null &&
      !(Number.isSafeInteger(page) && (page as number) >= 1 && (page as number) <= limits.page)
    ) {
      throw new Refused(requestMessages.queryNumber('page', 1, limits.page))
    }
    const limit = this.argument(field, 'limit')
    if (limit === undefined || limit === null) return limits.graphql.defaultListSize
    if (!(Number.isSafeInteger(limit) && (limit as number) >= 1 && (limit as number) <= limits.pageSize)) {
      throw new Refused(requestMessages.queryNumber('limit', 1, limits.pageSize))
    }
    return limit as number
  }

  private definition(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
    if (name === '__typename') return TypeNameMetaFieldDef
    if (parent === this.schema.getQueryType()) {
      if (name === '__schema') return SchemaMetaFieldDef
      if (name === '__type') return TypeMetaFieldDef
    }
    // Selections are made on output types, whose fields are GraphQLFields.
    return hasFields(parent) ? (parent.getFields()[name] as GraphQLField<unknown, unknown> | undefined) : undefined
  }

  selectionSet(selectionSet: SelectionSetNode, parent: GraphQLNamedType, pageSize: number | undefined): Cost {
    let fields = 0
    let depth = 0
    for (const selection of selectionSet.selections) {
      let cost: Cost
      if (selection.kind === Kind.FIELD) {
        const definition = this.definition(parent, selection.name.value)
        if (!definition) continue // unknown fields: GraphQL's own validation answers them
        const size = isList(definition.type)
          ? (this.argumentLimit(selection) ?? pageSize ?? limits.graphql.defaultListSize)
          : 1
        const child = namedType(definition.type)
        const inner = selection.selectionSet
          ? this.selectionSet(selection.selectionSet, child, this.pageSize(selection, definition))
          : { fields: 0, depth: 0 }
        cost = { fields: size * (1 + inner.fields), depth: 1 + inner.depth }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parent
        cost = type ? this.selectionSet(selection.selectionSet, type, pageSize) : { fields: 0, depth: 0 }
      } else {
        cost = this.fragment(selection.name.value, pageSize)
      }
      fields += cost.fields
      depth = Math.max(depth, cost.depth)
      if (depth > limits.graphql.depth) throw new Refused(requestMessages.graphqlTooDeep)
      if (fields > limits.graphql.resultFields) throw new Refused(requestMessages.graphqlTooLarge(fields))
    }
    return { fields, depth }
  }

  /** A list field's own `limit`, for lists that take one directly. */
  private argumentLimit(field: FieldNode): number | undefined {
    const limit = this.argument(field, 'limit')
    return typeof limit === 'number' && limit > 0 ? limit : undefined
  }

  private fragment(name: string, pageSize: number | undefined): Cost {
    const key = `${name}\u0000${pageSize ?? ''}`
    const known = this.memo.get(key)
    if (known) return known
    const fragment = this.fragments.get(name)
    const type = fragment && this.schema.getType(fragment.typeCondition.name.value)
    const cost = fragment && type ? this.selectionSet(fragment.selectionSet, type, pageSize) : { fields: 0, depth: 0 }
    this.memo.set(key, cost)
    return cost
  }
}

/** A mutation a request calls, by its field name, the name its answer carries, and its arguments. */
export type CalledMutation = { name: string; alias: string; args: Record<string, unknown> }

/**
 * The mutation fields of an operation, also those inside inline fragments and fragment spreads
 * (`mutation { ...M }`): a sign-in hidden in a fragment is still a sign-in.
 */
function mutationFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Variables,
  seen = new Set<string>(),
): CalledMutation[] {
  const called: CalledMutation[] = []
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const args = Object.fromEntries(
        (selection.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, variables)]),
      )
      called.push({ name: selection.name.value, alias: selection.alias?.value ?? selection.name.value, args })
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      called.push(...mutationFields(selection.selectionSet, fragments, variables, seen))
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value)
      const fragment = fragments.get(selection.name.value)
      if (fragment) called.push(...mutationFields(fragment.selectionSet, fragments, variables, seen))
    }
  }
  return called
}

/**
 * Checks a GraphQL request before Payload validates or runs it: bounded size and tokens, at
 * most `limits.graphql.fragments` fragments and none cyclic, bounded depth and estimated
 * answer size. Milliseconds for any request that passes the body-size limit. Returns the
 * mutations it calls.
 */
export function checkGraphQLRequest(
  body: Record<string, unknown>,
  schema: GraphQLSchema,
): { mutations: CalledMutation[] } {
  const { query, variables } = readGraphQLBody(body)
  const document = parseBounded(query)
  const fragments = fragmentsOf(document)
  const estimate = new CostEstimate(schema, fragments, variables)
  const mutations: CalledMutation[] = []
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const root = schema.getRootType(definition.operation)
    if (root) estimate.selectionSet(definition.selectionSet, root, undefined)
    if (definition.operation === 'mutation')
      mutations.push(...mutationFields(definition.selectionSet, fragments, variables))
  }
  return { mutations }
}
