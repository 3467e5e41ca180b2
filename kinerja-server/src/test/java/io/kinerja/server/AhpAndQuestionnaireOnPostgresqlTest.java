package io.kinerja.server;

import io.kinerja.server.store.Store;

/** AHP and questionnaires on a real PostgreSQL. */
class AhpAndQuestionnaireOnPostgresqlTest extends AhpAndQuestionnaireScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.POSTGRESQL;
  }
}
