import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import {
  type DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLSchema,
  isListType,
  isObjectType,
  type ValidationContext,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE } from '../graph/pagination.ts';

/**
 * Bounds on what one request may ask for, so that no single query can exhaust the server. Depth and
 * aliases are checked when the document is validated (graphql-armor); cost needs the variables (a
 * connection's cost multiplies by its `first`), so it is computed just before execution
 * (graphql-query-complexity). Every refusal is a GraphQL error with code BAD_USER_INPUT and the limit
 * in its message and extensions.
 */
export interface QueryLimits {
  /** Deepest field nesting (introspection excluded). `edges { node { … } }` counts two levels. */
  maxDepth: number;
  /** Aliased fields in one operation (`__typename` excluded). */
  maxAliases: number;
  /** Cost budget: every field costs 1, and a list multiplies the cost of its selection by its size. */
  maxCost: number;
  /** Size assumed for lists without a `first`/`limit` argument (aliases, participants, evidence, …). */
  listSizeEstimate: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 20_000,
  listSizeEstimate: 10,
};

export const LIMIT_ERROR_CODE = 'BAD_USER_INPUT';

/** A field may declare its own cost in its extensions: `{ cost: number }` (flat) or `{ listSize: number }`. */
interface CostExtensions {
  cost?: number;
  listSize?: number;
}

/** Size of the list a field returns, from its arguments when it has a page-size argument. */
function requestedSize(args: Record<string, unknown>, fallback: number): number {
  for (const name of ['first', 'last', 'limit']) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  }
  return fallback;
}

function isConnection(type: unknown): boolean {
  const named = getNamedType(type as Parameters<typeof getNamedType>[0]);
  return isObjectType(named) && named.name.endsWith('Connection') && 'edges' in named.getFields();
}

export function costEstimator(limits: QueryLimits): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__')) return 0;
    const ext = (field.extensions ?? {}) as CostExtensions;
    if (typeof ext.cost === 'number') return ext.cost;
    let size = 1;
    if (isConnection(field.type)) {
      size = requestedSize(args, DEFAULT_PAGE_SIZE);
    } else if (isListType(getNullableType(field.type))) {
      // A connection's edges are already counted by the connection field's `first`.
      size = type.name.endsWith('Connection') && field.name === 'edges' ? 1 : requestedSize(args, ext.listSize ?? limits.listSizeEstimate);
    }
    return 1 + size * childComplexity;
  };
}

/**
 * Costs already computed, per parsed document (Yoga's parser cache hands back the same DocumentNode for
 * the same query text) and per operation name and variables: a repeated request is not walked again.
 */
const costCache = new WeakMap<DocumentNode, WeakMap<QueryLimits, Map<string, number | null>>>();
const COST_CACHE_SIZE = 1000;

function cachedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  limits: QueryLimits,
): number | null {
  let byLimits = costCache.get(document);
  if (!byLimits) costCache.set(document, (byLimits = new WeakMap()));
  let costs = byLimits.get(limits);
  if (!costs) byLimits.set(limits, (costs = new Map()));
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  if (costs.has(key)) return costs.get(key)!;
  const cost = operationCost(schema, document, variables, operationName, limits);
  if (costs.size >= COST_CACHE_SIZE) costs.clear();
  costs.set(key, cost);
  return cost;
}

/** The cost of one operation with its variables, or null when the variables are invalid (execution reports that). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [costEstimator(limits)],
    });
  } catch {
    return null;
  }
}

function limitError(message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: LIMIT_ERROR_CODE, ...details } });
}

/** Reports graphql-armor's rejection as a validation error with our code, instead of its thrown "Syntax Error". */
function reportAs(limit: string, max: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(limitError(message, { limit, max }));
  };
}

/** Yoga plugins enforcing the limits: depth and aliases at validation, cost before execution. */
export function queryLimitPlugins(schema: GraphQLSchema, overrides: Partial<QueryLimits> = {}): Plugin[] {
  const limits = { ...DEFAULT_QUERY_LIMITS, ...overrides };
  const costCheck: Plugin = {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = cachedOperationCost(schema, args.document, args.variableValues, args.operationName, limits);
      if (cost !== null && cost > limits.maxCost) {
        setResultAndStopExecution({
          errors: [
            limitError(`Query cost ${cost} exceeds the maximum cost of ${limits.maxCost}; ask for smaller pages or fewer nested lists.`, {
              limit: 'cost',
              max: limits.maxCost,
              cost,
            }),
          ],
        });
      }
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const cost = operationCost(schema, args.document, args.variableValues, args.operationName, limits);
      if (cost !== null && cost > limits.maxCost) {
        setResultAndStopExecution({
          errors: [
            limitError(`Subscription cost ${cost} exceeds the maximum cost of ${limits.maxCost}.`, {
              limit: 'cost',
              max: limits.maxCost,
              cost,
            }),
          ],
        });
      }
    },
  };
  return [
    maxDepthPlugin({ n: limits.maxDepth, propagateOnRejection: false, onReject: [reportAs('depth', limits.maxDepth)] }),
    maxAliasesPlugin({ n: limits.maxAliases, propagateOnRejection: false, onReject: [reportAs('aliases', limits.maxAliases)] }),
    costCheck,
  ];
}
