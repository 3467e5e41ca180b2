package io.kinerja.server;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A small scorecard with typed-in figures, for tests that need many scorecards quickly. */
final class Tiny {

  private Tiny() {}

  static String yaml(String id) {
    return """
        kinerja: 1
        id: %s
        name: Tiny %s
        language: en
        period: { grain: year, current: "2024" }
        scoring: { method: achievement, cap: 1.2, bands: likert-5 }
        data:
          measures: measures.csv
        perspectives:
          - id: sales
            name: Sales
            indicators:
              - { id: win_rate, name: Win rate, formula: won / leads * 100, unit: "%%", target: ">= 40" }
        """.formatted(id, id);
  }

  static final String MEASURES = "period,measure,value\n2024,won,30\n2024,leads,100\n";

  /** The scorecard and its measures file as a multipart upload. */
  static Map<String, Map.Entry<String, byte[]>> upload(String id) {
    Map<String, Map.Entry<String, byte[]>> parts = Http.parts();
    parts.put("scorecard", Map.entry("scorecard.yaml", yaml(id).getBytes(StandardCharsets.UTF_8)));
    parts.put("measures", Map.entry("measures.csv", MEASURES.getBytes(StandardCharsets.UTF_8)));
    return parts;
  }
}
