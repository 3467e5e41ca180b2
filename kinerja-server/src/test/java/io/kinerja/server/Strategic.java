package io.kinerja.server;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A small scorecard with objectives in three perspectives and causes between them: a strategy map. */
final class Strategic {

  private Strategic() {}

  static String yaml(String id) {
    return """
        kinerja: 1
        id: %s
        name: Strategy %s
        language: en
        period: { grain: year, current: "2024" }
        scoring: { method: achievement, cap: 1.2, bands: likert-5 }
        data:
          measures: measures.csv
        perspectives:
          - id: financial
            name: Financial
            objectives:
              - id: grow_revenue
                name: Grow revenue
                indicators:
                  - { id: revenue, name: Revenue, formula: sales, target: ">= 100" }
          - id: customer
            name: Customer
            objectives:
              - id: win_customers
                name: Win more customers
                causes: [grow_revenue]
                indicators:
                  - { id: win_rate, name: Win rate, formula: won / leads * 100, unit: "%%", target: ">= 40" }
          - id: learning
            name: Learning and growth
            objectives:
              - id: skilled_sales
                name: A skilled sales team
                causes: [win_customers, grow_revenue]
                indicators:
                  - { id: trained, name: Trained staff, formula: staff_trained / staff * 100, unit: "%%", target: ">= 80" }
        """.formatted(id, id);
  }

  static final String MEASURES = "period,measure,value\n2024,sales,120\n2024,won,30\n2024,leads,100\n"
      + "2024,staff_trained,2\n2024,staff,10\n";

  static Map<String, Map.Entry<String, byte[]>> upload(String id) {
    Map<String, Map.Entry<String, byte[]>> parts = Http.parts();
    parts.put("scorecard", Map.entry("scorecard.yaml", yaml(id).getBytes(StandardCharsets.UTF_8)));
    parts.put("measures", Map.entry("measures.csv", MEASURES.getBytes(StandardCharsets.UTF_8)));
    return parts;
  }
}
