package io.kinerja.server;

import io.kinerja.server.store.Store;

/** The server's bad-input corpus on the embedded store. */
class BadRequestCorpusOnEmbeddedStoreTest extends BadRequestCorpusScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.SQLITE;
  }
}
