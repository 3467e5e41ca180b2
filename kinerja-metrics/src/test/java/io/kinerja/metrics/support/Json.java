package io.kinerja.metrics.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal JSON reader for expected results in tests (objects, arrays, strings, numbers, literals). */
public final class Json {

  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  /** Maps, lists, strings, doubles, booleans and nulls. */
  public static Object parse(String text) {
    Json json = new Json(text);
    Object value = json.value();
    json.space();
    if (json.pos != text.length()) {
      throw new IllegalArgumentException("trailing text at " + json.pos);
    }
    return value;
  }

  private void space() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private Object value() {
    space();
    char c = text.charAt(pos);
    if (c == '{') {
      return object();
    }
    if (c == '[') {
      return array();
    }
    if (c == '"') {
      return string();
    }
    for (String word : List.of("true", "false", "null")) {
      if (text.startsWith(word, pos)) {
        pos += word.length();
        return word.equals("null") ? null : Boolean.valueOf(word);
      }
    }
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    return Double.valueOf(text.substring(start, pos));
  }

  private Map<String, Object> object() {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    space();
    if (text.charAt(pos) == '}') {
      pos++;
      return map;
    }
    while (true) {
      space();
      String key = string();
      space();
      pos++; // ':'
      map.put(key, value());
      space();
      if (text.charAt(pos++) == '}') {
        return map;
      }
    }
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    pos++;
    space();
    if (text.charAt(pos) == ']') {
      pos++;
      return list;
    }
    while (true) {
      list.add(value());
      space();
      if (text.charAt(pos++) == ']') {
        return list;
      }
    }
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    pos++;
    while (text.charAt(pos) != '"') {
      char c = text.charAt(pos++);
      if (c == '\\') {
        char e = text.charAt(pos++);
        out.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'u' ? unicode() : e);
      } else {
        out.append(c);
      }
    }
    pos++;
    return out.toString();
  }

  private char unicode() {
    char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
    pos += 4;
    return c;
  }
}
