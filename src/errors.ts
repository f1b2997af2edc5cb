import { GraphQLError } from 'graphql';

/**
 * Expected failures carry a stable code that clients can branch on. They are GraphQLErrors so Yoga
 * shows them as they are; anything else stays masked as an internal error.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'INVALID_ARTICLE';

export class ShabakaError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
    this.code = code;
    this.name = 'ShabakaError';
  }
}

export class InvalidInputError extends ShabakaError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, details);
  }
}

/** Input that is not an article (empty, binary, not UTF-8, too large, malformed). Nothing is written. */
export class InvalidArticleError extends ShabakaError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('INVALID_ARTICLE', message, details);
  }
}

export class NotFoundError extends ShabakaError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class UnauthenticatedError extends ShabakaError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message);
  }
}
