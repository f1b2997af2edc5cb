import { decodeGlobalID } from '@pothos/plugin-relay';
import { InvalidInputError } from '../errors.ts';

/** Decodes a global ID and checks its type; a malformed or wrong-typed ID is BAD_USER_INPUT. */
export function idOf(globalId: string, allowedTypes: readonly string[]): number {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw new InvalidInputError(`"${globalId}" is not a valid ID`);
  }
  const id = Number(decoded.id);
  if (!allowedTypes.includes(decoded.typename) || !Number.isSafeInteger(id)) {
    throw new InvalidInputError(`"${globalId}" is not the ID of a ${allowedTypes.join(' or ')}`);
  }
  return id;
}

export const ENTITY_TYPENAMES = ['Person', 'Organization', 'Location'] as const;
