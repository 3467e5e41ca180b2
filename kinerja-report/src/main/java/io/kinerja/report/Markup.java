package io.kinerja.report;

/**
 * A tiny writer of well-formed XHTML and SVG (openhtmltopdf parses the page as XML). Every piece of text
 * and every attribute value goes through {@link #escape}, so a name such as {@code <script>} arrives
 * as text; only markup this class writes itself is ever unescaped.
 */
final class Markup {

  private final StringBuilder out = new StringBuilder(8192);

  /** Escapes the five characters that matter in XML text and attribute values. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  /** Opens {@code tag} with attributes given as name, value, name, value…; a null value leaves it out. */
  Markup open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** An element without content: {@code <rect … />}. */
  Markup empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  Markup close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  Markup text(String text) {
    out.append(escape(text));
    return this;
  }

  /** {@code <tag attributes>text</tag>}. */
  Markup element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Markup written by another {@link Markup}: already escaped. */
  Markup append(Markup other) {
    out.append(other.out);
    return this;
  }

  /** Text of our own making (a style sheet, a doctype) that contains no user text. */
  Markup trusted(String text) {
    out.append(text);
    return this;
  }

  private void attributes(String[] attributes) {
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
