package io.kinerja.server;

import static io.kinerja.server.TestServer.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL in the middle of an import comes back with all of the import or none of it:
 * never some rows of it. (The full run, 100k-row imports with grid and scorecard edits killed 50 times on
 * each store, is scripts/crash-safety.py.)
 */
class CrashSafetyTest {

  private static final int MEASURES = 50;
  private static final int MONTHS = 100;
  private static final int KILLS = 3;

  @TempDir
  Path data;

  @Test
  void an_import_killed_half_way_is_there_whole_or_not_at_all() throws Exception {
    Child[] child = {Child.start(data)};
    try {
      killRepeatedly(child);
    } finally {
      child[0].kill(); // a failed round must not leave a server running
    }
  }

  private void killRepeatedly(Child[] holder) throws Exception {
    Child child = holder[0];
    Http admin = child.admin();
    expect(admin.post("/api/v1/units", "{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"company\"}"), 201);
    expect(admin.send("POST", "/api/v1/units/acme/scorecards", "application/yaml",
        Tiny.yaml("bulk").replace("grain: year", "grain: month").replace("\"2024\"", "\"2024-12\"")
            .getBytes(StandardCharsets.UTF_8)), 201);
    long started = System.nanoTime();
    expect(importOf(admin, 0), 200);
    long millis = Math.max(50, (System.nanoTime() - started) / 1_000_000);
    Set<Double> committed = new HashSet<>(Set.of(0.0));
    double before = 0;
    Random random = new Random(7);
    for (int round = 1; round <= KILLS; round++) {
      int value = round;
      Http client = admin;
      CompletableFuture<Http.Response> running = CompletableFuture.supplyAsync(() -> importOf(client, value));
      Thread.sleep((long) (millis * (0.2 + random.nextDouble())));
      child.kill();
      running.handle((r, e) -> r != null && r.status() == 200 ? committed.add((double) value) : null).join();
      child = Child.start(data);
      holder[0] = child;
      admin = child.admin();
      JsonNode values = expect(admin.get("/api/v1/scorecards/bulk/values"), 200).json();
      Set<Double> seen = new HashSet<>();
      values.forEach(v -> seen.add(v.get("value").asDouble()));
      assertThat(values.size()).as("round " + round).isEqualTo(MEASURES * MONTHS);
      assertThat(seen).as("round " + round + ": one import's values only").hasSize(1);
      assertThat(seen.iterator().next()).as("round " + round).isIn(before, (double) value);
      if (committed.contains((double) value)) {
        assertThat(seen).as("an acknowledged import survives the kill").containsExactly((double) value);
      }
      before = seen.iterator().next();
    }
  }

  private static Http.Response importOf(Http admin, int value) {
    StringBuilder csv = new StringBuilder("period,measure,value\n");
    for (int m = 0; m < MEASURES; m++) {
      for (int month = 0; month < MONTHS; month++) {
        csv.append(2000 + month / 12).append('-').append(String.format("%02d", month % 12 + 1)).append(",m").append(m)
            .append(',').append(value).append('\n');
      }
    }
    var parts = Http.parts();
    parts.put("file", Map.entry("bulk.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
    try {
      return admin.multipart("POST", "/api/v1/scorecards/bulk/imports", parts);
    } catch (RuntimeException killed) {
      return null;
    }
  }

  /** The server in a child JVM on the same data folder. */
  private record Child(Process process, int port) {

    static Child start(Path data) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
          CrashChild.class.getName(),
          data.toString()).redirectErrorStream(true).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("port=")) {
          Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
          drain.setDaemon(true);
          drain.start();
          return new Child(p, Integer.parseInt(line.substring(5)));
        }
      }
      throw new IllegalStateException("the child server did not start");
    }

    Http admin() {
      Http anonymous = new Http(port, null);
      Http.Response r = expect(anonymous.post("/api/v1/tokens", "{\"username\": \"admin\", \"password\": \""
          + TestServer.ADMIN_PASSWORD + "\"}"), 201);
      return anonymous.as(r.json().get("token").asText());
    }

    /** SIGKILL: Process.destroyForcibly on Linux. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

}
