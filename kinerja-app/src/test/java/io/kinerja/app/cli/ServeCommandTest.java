package io.kinerja.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinerja.app.Main;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.server.KinerjaServer;
import io.kinerja.server.scorecards.Upload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kinerja serve --demo} as a newcomer runs it: the reference cases of examples/ are loaded, and
 * their results over HTTP are byte for byte what {@code kinerja score … --format json} prints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeCommandTest {

  private static final String PASSWORD = "serve-command-test-password";
  private final HttpClient http = HttpClient.newHttpClient();
  private final StringWriter printed = new StringWriter();
  private KinerjaServer server;
  private String token;

  @TempDir
  static Path data;

  @BeforeAll
  void start() throws Exception {
    server = new ServeCommand(Map.of("KINERJA_ADMIN_PASSWORD", PASSWORD))
        .start(List.of("--port", "0", "--data", data.toString(), "--demo"), new PrintWriter(printed, true));
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"admin\", \"password\": \"" + PASSWORD + "\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(201);
    token = new ObjectMapper().readTree(r.body()).get("token").asText();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void the_demo_loads_both_reference_cases_and_says_where_it_serves() {
    assertThat(printed.toString()).contains("demo: loaded rsi-unisma-pemasaran", "demo: loaded funnel-2025",
        "Kinerja serves on http://127.0.0.1:" + server.port());
  }

  @Test
  void rsi_results_over_http_are_what_kinerja_score_prints() throws Exception {
    String cli = score(examples().resolve("rsi-unisma-2014/scorecard.yaml").toString(), "--period", "2014");
    assertThat(get("/api/v1/scorecards/rsi-unisma-pemasaran/results?period=2014")).isEqualTo(cli);
  }

  @Test
  void published_rsi_results_with_overrides_are_what_kinerja_score_prints() throws Exception {
    String cli = score(examples().resolve("rsi-unisma-2014/published.yaml").toString(), "--period", "2014");
    assertThat(get("/api/v1/scorecards/rsi-unisma-pemasaran-published/results?period=2014")).isEqualTo(cli);
  }

  @Test
  void funnel_results_by_channel_over_http_are_what_kinerja_score_prints() throws Exception {
    String cli = score(examples().resolve("funnel-2025/scorecard.yaml").toString(), "--period", "2025-Q1", "--by",
        "channel");
    assertThat(get("/api/v1/scorecards/funnel-2025/results?period=2025-Q1&by=channel")).isEqualTo(cli);
  }

  @Test
  void an_ahp_weighted_template_uploaded_as_a_zip_scores_as_the_command_line_does() throws Exception {
    Path folder = data.resolve("bsc");
    assertThat(Main.run(new String[] {"init", "--template", "bsc-for-marketing", folder.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
    Path yaml;
    try (var files = Files.list(folder)) {
      yaml = files.filter(f -> f.toString().endsWith(".yaml")).findFirst().orElseThrow();
    }
    Upload upload = Upload.fromFolder(yaml);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry(upload.fileName()));
      out.write(upload.yaml().getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, byte[]> f : upload.files().entrySet()) {
        out.putNextEntry(new ZipEntry(f.getKey()));
        out.write(f.getValue());
      }
    }
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/api/v1/units/examples/scorecards"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/zip")
        .POST(HttpRequest.BodyPublishers.ofByteArray(zip.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = new ObjectMapper().readTree(created.body()).get("id").asText();
    assertThat(get("/api/v1/scorecards/" + id + "/results")).isEqualTo(score(yaml.toString()));
  }

  @Test
  void a_password_in_the_database_url_is_refused() {
    assertThatThrownBy(() -> new ServeCommand(Map.of()).start(List.of("--db",
        "jdbc:postgresql://127.0.0.1/test?user=a&password=secret"), new PrintWriter(new StringWriter())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("KINERJA_DB_PASSWORD");
  }

  private static String score(String... args) {
    StringWriter out = new StringWriter();
    String[] all = new String[args.length + 3];
    all[0] = "score";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--format";
    all[args.length + 2] = "json";
    int exit = Main.run(all, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(exit).isZero();
    return out.toString();
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static Path examples() {
    Path root = Path.of(System.getProperty("kinerja.root", ".."));
    assertThat(Files.isDirectory(root.resolve("examples"))).isTrue();
    return root.resolve("examples");
  }
}
