package io.kinerja.data.yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Where each indicator's simple fields (name, formula, target, weight, unit) are written in a scorecard
 * file, as character offsets of their values. An editor can then change one value by replacing exactly
 * those characters and leave every other byte of the file as its author wrote it.
 */
public final class FieldSpans {

  /** The fields an editor may change in place. */
  public static final Set<String> FIELDS = Set.of("name", "formula", "target", "weight", "unit");

  /** A value as written: from {@code start} to {@code end} (offsets in the text), its value, and whether it is plain (unquoted). */
  public record Span(int start, int end, String value, boolean plain) {}

  private FieldSpans() {}

  /** Indicator id → field → where its value is; empty when the text is not YAML. */
  public static Map<String, Map<String, Span>> of(String text) {
    Map<String, Map<String, Span>> out = new LinkedHashMap<>();
    Optional<Node> root;
    try {
      root = new Compose(LoadSettings.builder().setAllowDuplicateKeys(true).build()).composeString(text);
    } catch (YamlEngineException e) {
      return out;
    }
    Node perspectives = root.map(r -> value(r, "perspectives")).orElse(null);
    for (Node p : items(perspectives)) {
      for (Node o : items(value(p, "objectives"))) {
        items(value(o, "indicators")).forEach(i -> indicator(i, out));
      }
      items(value(p, "indicators")).forEach(i -> indicator(i, out));
    }
    return out;
  }

  private static void indicator(Node node, Map<String, Map<String, Span>> out) {
    if (!(value(node, "id") instanceof ScalarNode id) || !(node instanceof MappingNode m)) {
      return;
    }
    Map<String, Span> fields = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode key && FIELDS.contains(key.getValue()) && t.getValueNode() instanceof ScalarNode v
          && v.getStartMark().isPresent() && v.getEndMark().isPresent()) {
        fields.put(key.getValue(), new Span(v.getStartMark().get().getIndex(), v.getEndMark().get().getIndex(), v.getValue(),
            v.getScalarStyle() == ScalarStyle.PLAIN));
      }
    }
    out.putIfAbsent(id.getValue().strip(), fields);
  }

  private static Node value(Node node, String key) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return t.getValueNode();
        }
      }
    }
    return null;
  }

  private static java.util.List<Node> items(Node node) {
    return node instanceof SequenceNode s ? s.getValue() : java.util.List.of();
  }
}
