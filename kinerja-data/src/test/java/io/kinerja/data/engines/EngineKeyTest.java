package io.kinerja.data.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.data.load.Engines;
import io.kinerja.data.load.ScorecardLoader;
import io.kinerja.data.yaml.EngineDeclaration;
import io.kinerja.data.yaml.ScorecardDocument;
import io.kinerja.data.yaml.ScorecardReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorecard's {@code engine:} key: how it is read, where credentials come from, and what fails how. */
class EngineKeyTest {

  @TempDir Path dir;

  private static final String HEAD = String.join("\n",
      "kinerja: 1",
      "id: uji",
      "name: Uji",
      "period: { grain: month, current: \"2025-01\" }",
      "");

  private static final String REST = String.join("\n",
      "sources:",
      "  leads: { table: crm.leads }",
      "measures:",
      "  leads: { from: leads, count: \"*\", time: created_at }",
      "perspectives:",
      "  - id: p",
      "    name: P",
      "    indicators:",
      "      - { id: leads, name: Leads, formula: leads, target: \">= 1\" }",
      "");

  private static ScorecardDocument read(String engine) {
    return ScorecardReader.read("test.yaml", HEAD + engine + "\n" + REST, Path.of("."));
  }

  private static List<String> problems(String engine) {
    try {
      read(engine);
      return List.of();
    } catch (InvalidInputException e) {
      return e.problems().stream().map(p -> p.location() + " " + p.message().key()).toList();
    }
  }

  @Test
  void reads_an_engine_with_its_credentials_as_references() {
    EngineDeclaration engine = read("engine: { kind: postgresql, url: \"jdbc:postgresql://db:5432/crm\", "
        + "user: { env: KINERJA_DB_USER }, password: { file: secrets.properties, key: db.password } }").engine();
    assertThat(engine.kind()).isEqualTo("postgresql");
    assertThat(engine.url()).isEqualTo("jdbc:postgresql://db:5432/crm");
    assertThat(engine.user().env()).isEqualTo("KINERJA_DB_USER");
    assertThat(engine.password().file()).isEqualTo("secrets.properties");
    assertThat(engine.password().key()).isEqualTo("db.password");
  }

  @Test
  void reads_a_kind_alone_and_mysql_as_mariadb() {
    assertThat(read("engine: duckdb").engine().kind()).isEqualTo("duckdb");
    assertThat(read("engine: { kind: mysql, url: \"jdbc:mysql://db/crm\" }").engine().kind()).isEqualTo("mariadb");
    assertThat(read("engine: { kind: spark, master: \"local[2]\" }").engine().master()).isEqualTo("local[2]");
    assertThat(read("").engine()).isNull();
  }

  @Test
  void a_password_written_in_the_scorecard_is_an_error_at_its_place() {
    assertThat(problems("engine: { kind: mariadb, url: \"jdbc:mariadb://db/crm\", user: kinerja, password: rahasia }"))
        .containsExactly("test.yaml:5:81 yaml.engine_literal_password");
    assertThat(problems("engine:\n  kind: postgresql\n  url: \"jdbc:postgresql://db/crm?user=k&password=rahasia\""))
        .containsExactly("test.yaml:7:8 yaml.engine_password_in_url");
  }

  @Test
  void an_unknown_kind_a_missing_url_and_a_foreign_url_are_errors() {
    assertThat(problems("engine: { kind: oracle }")).containsExactly("test.yaml:5:17 yaml.engine_unknown_kind");
    assertThat(problems("engine: { kind: postgresql }")).containsExactly("test.yaml:5:9 yaml.engine_needs_url");
    assertThat(problems("engine: { kind: postgresql, url: \"jdbc:mariadb://db/crm\" }"))
        .containsExactly("test.yaml:5:9 yaml.engine_url_kind");
    assertThat(problems("engine: { kind: postgresql, url: \"jdbc:postgresql://db/crm\", master: \"local[2]\" }"))
        .containsExactly("test.yaml:5:9 yaml.engine_master_only_spark");
    assertThat(problems("engine: { kind: duckdb, pasword: { env: X } }"))
        .containsExactly("test.yaml:5:25 yaml.unknown_key_hint");
    assertThat(problems("engine: { kind: duckdb, user: { env: A, file: b.properties } }"))
        .containsExactly("test.yaml:5:31 yaml.engine_secret_shape");
  }

  @Test
  void credentials_come_from_the_environment_or_a_secrets_file() throws Exception {
    Files.writeString(dir.resolve("secrets.properties"), "db.password = s3cret\n");
    EngineDeclaration declaration = new EngineDeclaration("postgresql", "jdbc:postgresql://127.0.0.1:1/crm", null,
        new EngineDeclaration.Secret(null, "KINERJA_DB_USER", null, null, null),
        new EngineDeclaration.Secret(null, null, "secrets.properties", "db.password", null), null);
    // Port 1 answers nobody: the secrets are read before the connection fails, and never shown.
    assertThatThrownBy(() -> Engines.open(declaration, dir, Map.of("KINERJA_DB_USER", "kinerja")))
        .hasMessageContaining("the postgresql engine at jdbc:postgresql://127.0.0.1:1/crm cannot be reached:")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void a_variable_not_set_and_a_key_not_in_the_secrets_file_are_both_reported() throws Exception {
    Files.writeString(dir.resolve("secrets.properties"), "other = x\n");
    EngineDeclaration declaration = new EngineDeclaration("mariadb", "jdbc:mariadb://127.0.0.1:1/crm", null,
        new EngineDeclaration.Secret(null, "KINERJA_DB_USER", null, null, null),
        new EngineDeclaration.Secret(null, null, "secrets.properties", "db.password", null), null);
    assertThatThrownBy(() -> Engines.open(declaration, dir, Map.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.message().toString())
            .containsExactly(
                "the engine's user is to come from the environment variable KINERJA_DB_USER, which is not set",
                "the engine's password is to come from the key db.password of the secrets file "
                    + "secrets.properties, which has no such key"));
  }

  @Test
  void an_unreachable_server_is_a_user_error_naming_the_engine_and_its_url() throws Exception {
    Path scorecard = dir.resolve("scorecard.yaml");
    Files.writeString(scorecard, HEAD
        + "engine: { kind: mariadb, url: \"jdbc:mariadb://127.0.0.1:1/crm\", user: { env: KINERJA_DB_USER } }\n" + REST);
    assertThatThrownBy(() -> ScorecardLoader.load(scorecard, Map.of("KINERJA_DB_USER", "kinerja")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.location().toString()).isEqualTo(scorecard + ":5:9");
              assertThat(p.toString()).contains(
                  "error: the mariadb engine at jdbc:mariadb://127.0.0.1:1/crm cannot be reached: ");
            }));
  }

  @Test
  void spark_without_its_module_on_the_class_path_says_how_to_add_it() throws Exception {
    Path scorecard = dir.resolve("scorecard.yaml");
    Files.writeString(scorecard, HEAD + "engine: { kind: spark, master: \"local[2]\" }\n" + REST);
    assertThatThrownBy(() -> ScorecardLoader.load(scorecard, Map.of()))
        .hasMessageContaining("the spark engine is a separate module and is not on the class path: run with "
            + "kinerja-spark (see the README, section Spark)");
  }
}
