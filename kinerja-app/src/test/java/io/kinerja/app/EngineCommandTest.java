package io.kinerja.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kinerja score} on a scorecard whose records live in another engine, as a user meets it. */
class EngineCommandTest {

  @TempDir Path dir;

  private Path funnelOn(String engine) throws Exception {
    Path shared = Path.of(System.getProperty("kinerja.shared", "../../shared"), "cases", "funnel-2025");
    String text = Files.readString(shared.resolve("scorecard.yaml"))
        .replace("leads: { file: leads.csv }", "leads: { table: crm.leads }")
        .replace("spend: { file: spend.csv }", "spend: { table: crm.spend }")
        .replace("\nsources:", "\n" + engine + "\nsources:");
    return Files.writeString(dir.resolve("scorecard.yaml"), text);
  }

  @Test
  void an_unreachable_engine_exits_with_2_naming_the_engine_and_its_url() throws Exception {
    Path file = funnelOn("engine: { kind: postgresql, url: \"jdbc:postgresql://127.0.0.1:1/crm\" }");
    Cli cli = Cli.run("score", file.toString(), "--format", "json");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).contains("scorecard.yaml:10:9")
        .contains("the postgresql engine at jdbc:postgresql://127.0.0.1:1/crm cannot be reached");
  }

  @Test
  void a_password_in_the_scorecard_exits_with_2_before_anything_connects() throws Exception {
    Path file = funnelOn("engine: { kind: mariadb, url: \"jdbc:mariadb://127.0.0.1:1/crm\", password: geheim }");
    Cli cli = Cli.run("score", file.toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("a password must not be written in the scorecard").doesNotContain("cannot be reached");
  }

  @Test
  void spark_without_its_module_exits_with_2_saying_how_to_add_it() throws Exception {
    Path file = funnelOn("engine: { kind: spark }");
    Cli cli = Cli.run("validate", file.toString());
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("the spark engine is a separate module and is not on the class path");
  }
}
