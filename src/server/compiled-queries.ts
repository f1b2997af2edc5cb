import { type DocumentNode, type ExecutionArgs, type ExecutionResult, getOperationAST, type GraphQLSchema } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { makeExecute, type Plugin } from 'graphql-yoga';

/**
 * Runs queries as compiled functions (graphql-jit). graphql-js walks the selection and resolves every
 * field through generic machinery on each request; for one-statement reads (metWith, relations,
 * timeline) that cost more than the SQL. A query is compiled once per parsed document and operation
 * (Yoga's parser cache hands back the same DocumentNode for the same text) and the compiled function
 * is reused. Mutations and subscriptions keep graphql-js, and so does any query the compiler refuses.
 */
export function compiledQueriesPlugin(): Plugin {
  // Per schema, document and operation name: one document may hold several operations (GraphiQL's default has three).
  const cache = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, CompiledQuery | null>>>();

  function compiled(args: ExecutionArgs): CompiledQuery | null {
    let byDocument = cache.get(args.schema);
    if (!byDocument) cache.set(args.schema, (byDocument = new WeakMap()));
    let byOperation = byDocument.get(args.document);
    if (!byOperation) byDocument.set(args.document, (byOperation = new Map()));
    const key = args.operationName ?? '';
    let query = byOperation.get(key);
    if (query === undefined) {
      const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
      query = isCompiledQuery(result) ? result : null;
      byOperation.set(key, query);
    }
    return query;
  }

  const executeCompiled = makeExecute((args: ExecutionArgs) => {
    const query = compiled(args)!;
    const withStringify = (result: ExecutionResult) => Object.assign(result, { stringify: query.stringify });
    const result = query.query(args.rootValue, args.contextValue, args.variableValues);
    return result instanceof Promise ? result.then(withStringify) : withStringify(result);
  });

  return {
    onExecute({ args, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName ?? undefined)?.operation !== 'query') return;
      if (compiled(args)) setExecuteFn(executeCompiled);
    },
  };
}
