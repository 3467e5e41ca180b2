package io.kinerja.server;

import io.kinerja.server.store.Store;

/** Raw records from a database table, the server's store on PostgreSQL. */
class RecordsFromDatabaseOnPostgresqlTest extends RecordsFromDatabaseScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.POSTGRESQL;
  }
}
