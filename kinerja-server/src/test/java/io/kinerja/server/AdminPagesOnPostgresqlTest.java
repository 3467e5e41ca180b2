package io.kinerja.server;

import io.kinerja.server.store.Store;

/** The management pages on a real PostgreSQL (the machine's, or an embedded one where there is none). */
class AdminPagesOnPostgresqlTest extends AdminPagesScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.POSTGRESQL;
  }
}
