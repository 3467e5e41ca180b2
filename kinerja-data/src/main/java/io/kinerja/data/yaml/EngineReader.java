package io.kinerja.data.yaml;

import io.kinerja.core.problem.Location;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code engine:}: a kind alone ({@code engine: duckdb}) or a mapping with the kind, the JDBC URL
 * or Spark master and the credentials as references ({@code { env: NAME }} or
 * {@code { file: secrets.properties, key: NAME }}). A password written into the scorecard, in its own
 * key or inside the URL, is an error: a scorecard is shared and versioned, a password must not be.
 */
final class EngineReader {

  private static final Set<String> ENGINE = Set.of("kind", "url", "master", "user", "password");
  private static final Set<String> SECRET = Set.of("env", "file", "key");

  private EngineReader() {}

  static EngineDeclaration read(YamlNode node) {
    if (node.isScalar()) {
      String kind = kind(node, node.text());
      return kind == null ? null : check(new EngineDeclaration(kind, null, null, null, null, node.location()), node);
    }
    YamlNode.Mapping m = node.mapping("engine");
    m.allowOnly("engine", ENGINE);
    String kind = m.require("kind", "engine").map(k -> kind(k, k.string("kind"))).orElse(null);
    String url = m.string("url").map(String::strip).orElse(null);
    String master = m.string("master").map(String::strip).orElse(null);
    EngineDeclaration.Secret user = m.get("user").map(u -> secret(u, "user", true)).orElse(null);
    EngineDeclaration.Secret password = m.get("password").map(p -> secret(p, "password", false)).orElse(null);
    if (url != null && url.toLowerCase(Locale.ROOT).matches(".*[?&;:]password=.*")) {
      m.get("url").orElseThrow().error("yaml.engine_password_in_url");
    }
    return kind == null ? null : check(new EngineDeclaration(kind, url, master, user, password, node.location()), node);
  }

  private static String kind(YamlNode node, String text) {
    if (text == null) {
      return null;
    }
    String kind = text.strip().toLowerCase(Locale.ROOT);
    kind = kind.equals("mysql") ? "mariadb" : kind.equals("postgres") ? "postgresql" : kind;
    if (!EngineDeclaration.KINDS.contains(kind)) {
      node.error("yaml.engine_unknown_kind", text, String.join(", ", EngineDeclaration.KINDS));
      return null;
    }
    return kind;
  }

  /** What each kind needs: a JDBC URL of its own driver for the servers, a master only for Spark. */
  private static EngineDeclaration check(EngineDeclaration e, YamlNode node) {
    boolean server = e.kind().equals("postgresql") || e.kind().equals("mariadb");
    if (server && e.url() == null) {
      node.error("yaml.engine_needs_url", e.kind(), e.kind().equals("postgresql")
          ? "jdbc:postgresql://127.0.0.1:5432/crm" : "jdbc:mariadb://127.0.0.1:3306/crm");
    }
    if (e.url() != null && !urlFits(e.kind(), e.url())) {
      node.error("yaml.engine_url_kind", e.url(), e.kind());
    }
    if (e.master() != null && !e.kind().equals("spark")) {
      node.error("yaml.engine_master_only_spark", e.kind());
    }
    return e;
  }

  private static boolean urlFits(String kind, String url) {
    return switch (kind) {
      case "postgresql" -> url.startsWith("jdbc:postgresql:");
      case "mariadb" -> url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:");
      case "duckdb" -> url.startsWith("jdbc:duckdb:");
      default -> false;
    };
  }

  private static EngineDeclaration.Secret secret(YamlNode node, String what, boolean literalAllowed) {
    if (node.isScalar()) {
      if (!literalAllowed) {
        node.error("yaml.engine_literal_password");
        return null;
      }
      return new EngineDeclaration.Secret(node.text(), null, null, null, node.location());
    }
    YamlNode.Mapping m = node.mapping("engine." + what);
    m.allowOnly("engine." + what, SECRET);
    String env = m.string("env").map(String::strip).orElse(null);
    String file = m.string("file").map(String::strip).orElse(null);
    String key = m.string("key").map(String::strip).orElse(null);
    if ((env == null) == (file == null) || (file != null) != (key != null)) {
      node.error("yaml.engine_secret_shape", what);
      return null;
    }
    Location at = node.location();
    return new EngineDeclaration.Secret(null, env, file, key, at);
  }
}
