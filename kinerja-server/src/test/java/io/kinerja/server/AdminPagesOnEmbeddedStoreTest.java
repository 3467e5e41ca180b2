package io.kinerja.server;

import io.kinerja.server.store.Store;

/** The management pages on the embedded SQLite store. */
class AdminPagesOnEmbeddedStoreTest extends AdminPagesScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.SQLITE;
  }
}
