package io.kinerja.server;

import io.kinerja.core.evaluation.Evaluator;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import io.kinerja.data.json.JsonResult;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The reference cases (read from ../shared) and what the command line makes of them. */
final class Cases {

  private Cases() {}

  static Path shared() {
    return Path.of(System.getProperty("kinerja.shared", "../../shared"));
  }

  static Path rsiUnisma2014() {
    return shared().resolve("cases/rsi-unisma-2014");
  }

  static Path funnel2025() {
    return shared().resolve("cases/funnel-2025");
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rsi-unisma case as a multipart upload: the YAML in {@code scorecard}, its data files beside it. */
  static Map<String, Map.Entry<String, byte[]>> rsiUpload() {
    Map<String, Map.Entry<String, byte[]>> parts = Http.parts();
    Path folder = rsiUnisma2014();
    parts.put("scorecard", Map.entry("scorecard.yaml", bytes(folder.resolve("scorecard.yaml"))));
    for (String f : List.of("measures.csv", "programs.csv", "survey.csv")) {
      parts.put("file-" + f, Map.entry(f, bytes(folder.resolve(f))));
    }
    return parts;
  }

  /** What {@code kinerja score FILE --period P --format json [--by DIM]} prints (the same writer). */
  static String cliJson(Path scorecard, String period, String by) {
    try (LoadedScorecard loaded = ScorecardLoader.load(scorecard)) {
      Span span = Span.of(Period.parse(period).orElseThrow());
      StringWriter out = new StringWriter();
      if (by == null) {
        JsonResult.write(out, List.of(Evaluator.evaluate(loaded.scorecard(), loaded.data(), span)), false,
            loaded.scorecard().language());
      } else {
        List<ScorecardResult> segments = new ArrayList<>();
        for (String value : loaded.segmentValues(by)) {
          segments.add(Evaluator.evaluate(loaded.scorecard(), loaded.data(), span, Map.of(by, value)));
        }
        JsonResult.segments(out, by, segments, Evaluator.evaluate(loaded.scorecard(), loaded.data(), span),
            loaded.scorecard().language());
      }
      return out.toString();
    }
  }
}
