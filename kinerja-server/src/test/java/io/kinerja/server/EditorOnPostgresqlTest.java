package io.kinerja.server;

import io.kinerja.server.store.Store;

/** The editor's scenario on a real PostgreSQL (the machine's, or an embedded one where there is none). */
class EditorOnPostgresqlTest extends EditorScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.POSTGRESQL;
  }
}
