package io.kinerja.server.web;

/** Escapes text for HTML: every value from a user or the store goes through here before it is shown. */
final class Html {

  private Html() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  /** A query parameter's name or value, percent-encoded (then still escaped when put in an attribute). */
  static String url(String text) {
    return java.net.URLEncoder.encode(text == null ? "" : text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
