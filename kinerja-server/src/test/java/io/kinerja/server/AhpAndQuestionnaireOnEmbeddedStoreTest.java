package io.kinerja.server;

import io.kinerja.server.store.Store;

/** AHP and questionnaires on the embedded store (SQLite in WAL mode). */
class AhpAndQuestionnaireOnEmbeddedStoreTest extends AhpAndQuestionnaireScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.SQLITE;
  }
}
