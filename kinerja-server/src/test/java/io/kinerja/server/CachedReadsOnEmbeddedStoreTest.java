package io.kinerja.server;

import io.kinerja.server.store.Store;

/** Cached reads that never outlive a change, on the embedded store. */
class CachedReadsOnEmbeddedStoreTest extends CachedReadsScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.SQLITE;
  }
}
