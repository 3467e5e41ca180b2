package io.kinerja.server.web;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.text.Language;
import io.kinerja.server.error.Refused;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain HTML form of the management pages and, after a refused post, what went wrong with it: the
 * server's messages by field (in the page's language) and the values sent, so the form is shown again
 * as it was. Only one form of a page is ever the failed one.
 */
final class Forms {

  /** The form that was refused: its name, the messages by field ("" for the form as a whole), the values sent. */
  record Failed(String form, Map<String, String> errors, Map<String, String> values) {

    static Failed of(String form, InvalidInputException e, Language lang, Map<String, String> values) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (Problem p : e.problems()) {
        String field = p.location().field() == null ? "" : p.location().field();
        errors.merge(field, p.message().in(lang), (a, b) -> a + " " + b);
      }
      return new Failed(form, errors, values);
    }

    static Failed of(String form, Refused e, String field, Language lang, Map<String, String> values) {
      return new Failed(form, Map.of(field, e.message().in(lang)), values);
    }
  }

  private final String name;
  private final Failed failed;
  private final Language lang;

  Forms(String name, Failed failed, Language lang) {
    this.name = name;
    this.failed = failed != null && failed.form().equals(name) ? failed : null;
    this.lang = lang;
  }

  /** The value sent before a refusal, else the given one. */
  String value(String field, String otherwise) {
    return failed == null ? otherwise : failed.values().getOrDefault(field, otherwise);
  }

  String errorId(String field) {
    return name + "-" + field + "-error";
  }

  /** The field's message as an alert right after it, or "". */
  String error(String field) {
    String message = failed == null ? null : failed.errors().get(field);
    return message == null ? "" : "<p class=\"field-error\" role=\"alert\" id=\"" + Html.escape(errorId(field)) + "\">"
        + Html.escape(message) + "</p>";
  }

  /** The attributes tying a field to its message, or "". */
  String described(String field) {
    boolean has = failed != null && failed.errors().containsKey(field);
    return has ? " aria-invalid=\"true\" aria-describedby=\"" + Html.escape(errorId(field)) + "\"" : "";
  }

  /** A labelled text input with its message. */
  String input(String field, String label, String type, String value, String extra) {
    String id = name + "-" + field;
    return "<label for=\"" + Html.escape(id) + "\">" + Html.escape(label) + "</label><input id=\"" + Html.escape(id)
        + "\" name=\"" + Html.escape(field) + "\" type=\"" + type + "\""
        + (type.equals("password") ? "" : " value=\"" + Html.escape(value(field, value == null ? "" : value)) + "\"")
        + extra + described(field) + ">" + error(field);
  }

  /** A labelled select of value → label pairs with its message. */
  String select(String field, String label, Map<String, String> options, String selected) {
    String id = name + "-" + field;
    String chosen = value(field, selected);
    StringBuilder out = new StringBuilder("<label for=\"").append(Html.escape(id)).append("\">").append(Html.escape(label))
        .append("</label><select id=\"").append(Html.escape(id)).append("\" name=\"").append(Html.escape(field))
        .append("\"").append(described(field)).append(">");
    options.forEach((v, l) -> out.append("<option value=\"").append(Html.escape(v)).append("\"")
        .append(v.equals(chosen) ? " selected" : "").append(">").append(Html.escape(l)).append("</option>"));
    return out.append("</select>").append(error(field)).toString();
  }

  /** The form's opening tag with the session's CSRF token, and its general message if any. */
  String open(String action, String csrf, String css) {
    return "<form method=\"post\" class=\"" + css + "\" action=\"" + Html.escape(action + "?lang=" + lang.code())
        + "\"><input type=\"hidden\" name=\"_csrf\" value=\"" + Html.escape(csrf) + "\">" + error("");
  }

  String openMultipart(String action, String csrf, String css) {
    return open(action, csrf, css).replaceFirst("<form ", "<form enctype=\"multipart/form-data\" ");
  }
}
