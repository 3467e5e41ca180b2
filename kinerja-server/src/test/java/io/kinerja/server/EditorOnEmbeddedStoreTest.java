package io.kinerja.server;

import io.kinerja.server.store.Store;

/** The editor's scenario on the embedded store (SQLite in WAL mode). */
class EditorOnEmbeddedStoreTest extends EditorScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.SQLITE;
  }
}
