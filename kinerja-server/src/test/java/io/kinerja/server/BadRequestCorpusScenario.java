package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinerja.server.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus of the server, {@code src/test/resources/bad/KIND/NAME}, one parameterised test per
 * kind: {@code requests/*.http} (a request line, headers, a blank line and the body; sent as the admin
 * unless it names its own Authorization), {@code imports/*} (uploaded as the file of an import),
 * {@code xlsx/*.cells} (rows of tab-separated cells made into a workbook and imported) and
 * {@code scorecards/*.yaml} (uploaded as a new scorecard). {@code NAME.expected} beside each says:
 *
 * <pre>
 * status: 422                                   the HTTP status
 * code: invalid_input                           error.code
 * fields: figures.csv:3, column value | period  every place named in error.fields, exactly (' | ' between)
 * message: is not a number | line 2             words error.message must hold
 * </pre>
 *
 * Every case must also leave every table of the store exactly as it was, and the message must hold no
 * Java class or stack trace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadRequestCorpusScenario {

  private static final String IMPORTS = "/api/v1/scorecards/tiny/imports";

  private TestServer server;
  private Http admin;

  abstract Store.Engine engine();

  @BeforeAll
  void start() {
    server = TestServer.start(engine());
    admin = server.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"company\"}"), 201);
    expect(admin.multipart("POST", "/api/v1/units/acme/scorecards", Tiny.upload("tiny")), 201);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  static Path corpus(String kind) {
    try {
      return Path.of(BadRequestCorpusScenario.class.getResource("/bad/" + kind).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> cases(String kind) {
    try (Stream<Path> files = Files.list(corpus(kind))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".expected")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<String> requests() {
    return cases("requests");
  }

  static Stream<String> imports() {
    return cases("imports");
  }

  static Stream<String> xlsx() {
    return cases("xlsx");
  }

  static Stream<String> scorecards() {
    return cases("scorecards");
  }

  private static Map<String, String> expected(String kind, String file) {
    Path sidecar = corpus(kind).resolve(file.substring(0, file.lastIndexOf('.')) + ".expected");
    assertThat(sidecar).as("the expected answer of bad/%s/%s", kind, file).exists();
    Map<String, String> out = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
        int colon = line.indexOf(':');
        if (colon > 0 && !line.startsWith("#")) {
          out.put(line.substring(0, colon), line.substring(colon + 1).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String[] list(String text) {
    return text == null || text.isEmpty() ? new String[0]
        : Arrays.stream(text.split(" \\| ")).map(String::strip).toArray(String[]::new);
  }

  /** Every row of every table of the store (found in its catalogue, so new tables count too). */
  private String everyTable() {
    String url = server.db != null ? server.db : "jdbc:sqlite:" + server.data.resolve("kinerja.db");
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection(url, server.db != null ? Postgres.user() : null, null)) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      assertThat(tables).contains("units", "measure_values", "audit_log");
      try (Statement s = c.createStatement()) {
        for (String table : tables.stream().sorted().toList()) {
          try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
            int columns = rs.getMetaData().getColumnCount();
            out.append(table).append('\n');
            while (rs.next()) {
              for (int i = 1; i <= columns; i++) {
                Object v = rs.getObject(i);
                out.append(v instanceof byte[] b ? Arrays.hashCode(b) : v).append('|');
              }
              out.append('\n');
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private void check(String kind, String file, Http.Response r) {
    Map<String, String> expected = expected(kind, file);
    assertThat(r.status()).as(r.body()).isEqualTo(Integer.parseInt(expected.get("status")));
    JsonNode error = r.json().get("error");
    assertThat(error).as(r.body()).isNotNull();
    assertThat(error.get("code").asText()).isEqualTo(expected.get("code"));
    String message = error.get("message").asText();
    assertThat(message).isNotBlank().doesNotContain("Exception", "\tat ", "org.", "java.").contains(list(expected.get("message")));
    assertThat(error.get("fields").findValuesAsText("field")).containsExactlyInAnyOrder(list(expected.get("fields")));
  }

  private void run(String kind, String file, java.util.function.Supplier<Http.Response> request) {
    String before = everyTable();
    Http.Response r = request.get();
    check(kind, file, r);
    assertThat(everyTable()).as("the store after " + file).isEqualTo(before);
  }

  private static byte[] bytes(String kind, String file) {
    try {
      return Files.readAllBytes(corpus(kind).resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void requests(String file) {
    String text = new String(bytes("requests", file), StandardCharsets.UTF_8);
    int blank = text.indexOf("\n\n");
    String[] head = text.substring(0, blank).split("\n");
    byte[] body = text.substring(blank + 2).getBytes(StandardCharsets.UTF_8);
    String[] line = head[0].split(" ", 2);
    String type = null;
    for (int i = 1; i < head.length; i++) {
      if (head[i].regionMatches(true, 0, "Content-Type:", 0, 13)) {
        type = head[i].substring(13).strip();
      }
    }
    String contentType = type;
    run("requests", file, () -> line[0].equals("GET") ? admin.get(line[1])
        : admin.send(line[0], line[1], contentType, body));
  }

  private Http.Response importFile(String name, byte[] content) {
    var parts = Http.parts();
    parts.put("file", Map.entry(name, content));
    return admin.multipart("POST", IMPORTS, parts);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void imports(String file) {
    run("imports", file, () -> importFile(file, bytes("imports", file)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void xlsx(String file) {
    List<Object[]> rows = new ArrayList<>();
    for (String line : new String(bytes("xlsx", file), StandardCharsets.UTF_8).split("\n")) {
      rows.add(Arrays.stream(line.split("\t", -1)).map(c -> (Object) (c.matches("-?\\d+(\\.\\d+)?") && !c.matches("\\d{4}")
          ? Double.valueOf(c) : c)).toArray());
    }
    String name = file.replace(".cells", ".xlsx");
    run("xlsx", file, () -> importFile(name, Xlsx.of(rows.toArray(Object[][]::new))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void scorecards(String file) {
    run("scorecards", file, () -> admin.send("POST", "/api/v1/units/acme/scorecards?name=" + file, "application/yaml",
        bytes("scorecards", file)));
  }

  @Test
  void the_corpus_holds_its_share_of_the_cases() {
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (String kind : List.of("requests", "imports", "xlsx", "scorecards")) {
      sizes.put(kind, cases(kind).count());
    }
    System.out.println("bad-input corpus of the server: " + sizes);
    assertThat(sizes.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(50);
  }
}
