package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinerja.server.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A scorecard whose raw records live in a PostgreSQL table (the machine's, or the embedded one), its
 * password read from the secrets file the server was started with: never from the upload, never kept in
 * the store. Without the secrets file the upload is refused at the credential's line, and nothing is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RecordsFromDatabaseScenario {

  private static final String SECRET = "not-a-real-password-but-secret";

  Path secrets;
  String records;
  TestServer server;

  abstract Store.Engine engine();

  @BeforeAll
  void start() throws IOException {
    records = Postgres.freshSchema();
    Postgres.execute(records, "CREATE TABLE leads (id INTEGER, created_at TIMESTAMP, stage TEXT, channel TEXT)",
        "INSERT INTO leads VALUES (1, '2025-01-05', 'WON', 'email'), (2, '2025-02-11', 'LOST', 'email'),"
            + " (3, '2025-03-20', 'WON', 'ads'), (4, '2025-04-02', 'MQL', 'ads'), (5, '2025-11-30', 'LOST', 'ads'),"
            + " (6, '2024-12-31', 'WON', 'ads')");
    secrets = Files.createTempFile("kinerja-secrets", ".properties");
    Files.writeString(secrets, "crm.password=" + SECRET + "\n");
    server = TestServer.withSecrets(engine(), secrets);
    expect(server.admin().post("/api/v1/units", "{\"id\": \"crm\", \"name\": \"CRM\", \"kind\": \"company\"}"), 201);
  }

  @AfterAll
  void stop() throws IOException {
    server.close();
    Postgres.drop(records);
    Files.deleteIfExists(secrets);
  }

  String yaml(String id) {
    return """
        kinerja: 1
        id: %s
        name: CRM funnel
        period: { grain: year, current: "2025" }
        scoring: { method: achievement }
        engine: { kind: postgresql, url: "%s", user: %s,
                  password: { file: secrets.properties, key: crm.password } }
        sources:
          leads: { table: leads }
        measures:
          leads: { from: leads, count: "*", time: created_at }
          won: { from: leads, count: "*", time: created_at, where: "stage = 'WON'" }
        perspectives:
          - id: sales
            name: Sales
            indicators:
              - { id: win_rate, name: Win rate, formula: won / leads * 100, unit: "%%", target: ">= 20" }
        """.formatted(id, records, Postgres.user());
  }

  @Test
  void the_records_of_a_database_table_are_aggregated_with_the_password_of_the_server_s_secrets_file() {
    expect(server.admin().send("POST", "/api/v1/units/crm/scorecards", "application/yaml",
        yaml("crm-funnel").getBytes(StandardCharsets.UTF_8)), 201);
    JsonNode r = expect(server.admin().get("/api/v1/scorecards/crm-funnel/results?period=2025"), 200).json();
    assertThat(r.get("indicators").get(0).get("value").asDouble()).isEqualTo(2 * 100.0 / 5);
    JsonNode byChannel = expect(server.admin().get("/api/v1/scorecards/crm-funnel/results?period=2025&by=channel"), 200)
        .json();
    assertThat(byChannel.get("segments").findValuesAsText("segment")).containsExactly("ads", "email");
    assertThat(server.snapshot()).doesNotContain(SECRET);
  }

  @Test
  void without_a_secrets_file_the_upload_is_refused_at_the_credential_and_nothing_is_stored() {
    try (TestServer bare = TestServer.start(engine())) {
      Http admin = bare.admin();
      expect(admin.post("/api/v1/units", "{\"id\": \"crm\", \"name\": \"CRM\", \"kind\": \"company\"}"), 201);
      String before = bare.snapshot();
      Http.Response r = admin.send("POST", "/api/v1/units/crm/scorecards", "application/yaml",
          yaml("crm-bare").getBytes(StandardCharsets.UTF_8));
      assertThat(r.status()).isEqualTo(422);
      assertThat(r.json().get("error").get("fields").findValuesAsText("field")).containsExactly("scorecard.yaml:7:21");
      assertThat(r.body()).contains("--secrets", "crm.password");
      assertThat(bare.snapshot()).isEqualTo(before);
    }
  }
}
