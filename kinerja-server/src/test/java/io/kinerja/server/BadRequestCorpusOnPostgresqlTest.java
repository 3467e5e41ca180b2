package io.kinerja.server;

import io.kinerja.server.store.Store;

/** The server's bad-input corpus on PostgreSQL. */
class BadRequestCorpusOnPostgresqlTest extends BadRequestCorpusScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.POSTGRESQL;
  }
}
