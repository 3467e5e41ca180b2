package io.kinerja.data.yaml;

import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML node with its file and position, and the reading helpers the scorecard reader needs. Every
 * problem goes to the shared {@link Problems} with file, line and column; readers go on after a problem
 * so that one run reports them all.
 */
final class YamlNode {

  private final String file;
  private final Node node;
  private final Problems problems;

  YamlNode(String file, Node node, Problems problems) {
    this.file = file;
    this.node = node;
    this.problems = problems;
  }

  Location location() {
    return location(node.getStartMark());
  }

  /** Where a scalar's text starts: past the opening quote of a quoted scalar. */
  Location contentLocation() {
    Location at = location();
    if (node instanceof ScalarNode s
        && (s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED || s.getScalarStyle() == ScalarStyle.SINGLE_QUOTED)) {
      return at.shifted(1);
    }
    return at;
  }

  private Location location(Optional<Mark> mark) {
    return mark.map(m -> Location.of(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Location.file(file));
  }

  boolean isScalar() {
    return node instanceof ScalarNode;
  }

  boolean isMapping() {
    return node instanceof MappingNode;
  }

  boolean isSequence() {
    return node instanceof SequenceNode;
  }

  boolean isNull() {
    return node instanceof ScalarNode s && s.isPlain() && (s.getValue().isEmpty() || s.getValue().equals("~")
        || s.getValue().equals("null"));
  }

  String text() {
    return ((ScalarNode) node).getValue();
  }

  void error(String key, Object... args) {
    problems.error(location(), key, args);
  }

  void warning(String key, Object... args) {
    problems.warning(location(), key, args);
  }

  Problems problems() {
    return problems;
  }

  String file() {
    return file;
  }

  /** This node as a mapping (key → value, in order); reports and gives empty if it is not one. */
  Mapping mapping(String what) {
    if (!(node instanceof MappingNode m)) {
      error("yaml.expected_mapping", what);
      return new Mapping(this, new LinkedHashMap<>(), new LinkedHashMap<>());
    }
    Map<String, YamlNode> values = new LinkedHashMap<>();
    Map<String, YamlNode> keys = new LinkedHashMap<>();
    for (NodeTuple tuple : m.getValue()) {
      YamlNode key = new YamlNode(file, tuple.getKeyNode(), problems);
      if (!key.isScalar()) {
        key.error("yaml.key_not_text");
        continue;
      }
      if (values.containsKey(key.text())) {
        key.error("yaml.duplicate_key", key.text(), keys.get(key.text()).location().line());
        continue;
      }
      values.put(key.text(), new YamlNode(file, tuple.getValueNode(), problems));
      keys.put(key.text(), key);
    }
    return new Mapping(this, values, keys);
  }

  /** This node's items; reports and gives none if it is not a sequence. */
  List<YamlNode> items(String what) {
    if (!(node instanceof SequenceNode s)) {
      error("yaml.expected_list", what);
      return List.of();
    }
    List<YamlNode> items = new ArrayList<>();
    s.getValue().forEach(n -> items.add(new YamlNode(file, n, problems)));
    return items;
  }

  /** This node as text; reports and gives null if it is a list or a mapping. */
  String string(String what) {
    if (!isScalar()) {
      error("yaml.expected_text", what);
      return null;
    }
    return text();
  }

  /** This node as a number; reports and gives null if it is not one. */
  Double number(String what) {
    String text = string(what);
    if (text == null) {
      return null;
    }
    try {
      double value = Double.parseDouble(text.strip());
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new NumberFormatException(text);
      }
      return value;
    } catch (NumberFormatException e) {
      error("yaml.expected_number", what, text);
      return null;
    }
  }

  /** A YAML mapping whose keys are checked against the keys the format allows. */
  static final class Mapping {
    private final YamlNode owner;
    private final Map<String, YamlNode> values;
    private final Map<String, YamlNode> keys;

    Mapping(YamlNode owner, Map<String, YamlNode> values, Map<String, YamlNode> keys) {
      this.owner = owner;
      this.values = values;
      this.keys = keys;
    }

    YamlNode owner() {
      return owner;
    }

    Optional<YamlNode> get(String key) {
      YamlNode value = values.get(key);
      return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    boolean has(String key) {
      return get(key).isPresent();
    }

    /** The value of a required key; reports the missing key at the mapping. */
    Optional<YamlNode> require(String key, String what) {
      Optional<YamlNode> value = get(key);
      if (value.isEmpty()) {
        owner.error("yaml.missing_key", key, what);
      }
      return value;
    }

    Optional<String> string(String key) {
      return get(key).map(v -> v.string(key));
    }

    Optional<Double> number(String key) {
      return get(key).map(v -> v.number(key));
    }

    Map<String, YamlNode> entries() {
      return values;
    }

    YamlNode keyNode(String key) {
      return keys.get(key);
    }

    /** Reports every key that is not one of {@code allowed}, with the closest allowed key as a hint. */
    void allowOnly(String what, Set<String> allowed) {
      for (Map.Entry<String, YamlNode> e : keys.entrySet()) {
        if (!allowed.contains(e.getKey())) {
          String hint = Suggest.closest(e.getKey(), allowed);
          if (hint != null) {
            e.getValue().error("yaml.unknown_key_hint", e.getKey(), what, hint);
          } else {
            e.getValue().error("yaml.unknown_key", e.getKey(), what, String.join(", ", new java.util.TreeSet<>(allowed)));
          }
        }
      }
    }
  }
}
