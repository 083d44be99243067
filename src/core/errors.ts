// Domain errors. Services throw these; the API turns them into problem+json, pages into messages.
// `key` is a message-catalogue key so the text reaches the user in their language.

export class DomainError extends Error {
  readonly key: string;
  readonly params: Record<string, string | number>;
  constructor(key: string, params: Record<string, string | number> = {}) {
    super(key);
    this.key = key;
    this.params = params;
  }
}

export class NotFoundError extends DomainError {
  constructor(resourceType: string) {
    super('error.notFound', { resourceType });
  }
}

export interface FieldError {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

export class ValidationError extends DomainError {
  readonly fieldErrors: FieldError[];
  constructor(fieldErrors: FieldError[], key = 'error.validation') {
    super(key);
    this.fieldErrors = fieldErrors;
  }
}

export class ConflictError extends DomainError {}

export class RateLimitedError extends DomainError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('error.rateLimited', { seconds: retryAfterSeconds });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor() {
    super('error.unauthenticated');
  }
}
