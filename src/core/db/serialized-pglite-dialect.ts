import type { DatabaseConnection, Driver, TransactionSettings } from 'kysely';

type AbortableOperationOptions = Parameters<Driver['init']>[0];
import { PGliteDialect } from 'kysely';

// PGlite is one connection. Kysely's PGlite driver lets a query from one request run inside
// another request's open transaction; this wrapper hands the connection to one user at a time
// (as Kysely's SQLite driver does), so concurrent requests and transactions stay isolated.
class ConnectionMutex {
  #locked = false;
  #waiting: Array<() => void> = [];

  async lock(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  unlock(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#locked = false;
  }
}

class SerializedDriver implements Driver {
  readonly #inner: Driver;
  readonly #mutex = new ConnectionMutex();

  constructor(inner: Driver) {
    this.#inner = inner;
  }
  init(options?: AbortableOperationOptions) {
    return this.#inner.init(options);
  }
  async acquireConnection(options?: AbortableOperationOptions): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    try {
      return await this.#inner.acquireConnection(options);
    } catch (error) {
      this.#mutex.unlock();
      throw error;
    }
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    try {
      await this.#inner.releaseConnection(connection);
    } finally {
      this.#mutex.unlock();
    }
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    return this.#inner.beginTransaction(connection, settings);
  }
  commitTransaction(connection: DatabaseConnection) {
    return this.#inner.commitTransaction(connection);
  }
  rollbackTransaction(connection: DatabaseConnection) {
    return this.#inner.rollbackTransaction(connection);
  }
  savepoint: Driver['savepoint'] = (connection, name, compile) =>
    this.#inner.savepoint!(connection, name, compile);
  rollbackToSavepoint: Driver['rollbackToSavepoint'] = (connection, name, compile) =>
    this.#inner.rollbackToSavepoint!(connection, name, compile);
  releaseSavepoint: Driver['releaseSavepoint'] = (connection, name, compile) =>
    this.#inner.releaseSavepoint!(connection, name, compile);
  destroy(options?: AbortableOperationOptions) {
    return this.#inner.destroy(options);
  }
}

export class SerializedPGliteDialect extends PGliteDialect {
  override createDriver(): Driver {
    return new SerializedDriver(super.createDriver());
  }
}
