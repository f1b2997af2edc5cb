import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects `name` directly (through inline fragments and fragment
 * spreads too). Lets a resolver skip work nobody asked for, e.g. a connection's totalCount, which for
 * a hub means counting its whole list while the page itself is read from an index.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const s of set.selections) {
      if (s.kind === 'Field' && s.name.value === name) return true;
      if (s.kind === 'InlineFragment' && walk(s.selectionSet)) return true;
      if (s.kind === 'FragmentSpread' && !seen.has(s.name.value)) {
        seen.add(s.name.value);
        if (walk(info.fragments[s.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((f: FieldNode) => walk(f.selectionSet));
}
