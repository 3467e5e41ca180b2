package io.kinerja.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Compares a result with a case's expected JSON: every key of the expected document must be in the
 * actual one with the same value (numbers to four decimals); arrays of objects with an {@code id} are
 * matched by id; keys the actual result has beyond those are allowed.
 */
final class ExpectedJson {

  private ExpectedJson() {}

  static void assertContains(JsonNode actual, JsonNode expected, String path) {
    if (expected.isObject()) {
      assertThat(actual.isObject()).as(path + " is an object").isTrue();
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        assertThat(actual.has(e.getKey())).as(path + "." + e.getKey() + " is present").isTrue();
        assertContains(actual.get(e.getKey()), e.getValue(), path + "." + e.getKey());
      }
    } else if (expected.isArray()) {
      assertThat(actual.isArray()).as(path + " is an array").isTrue();
      for (int i = 0; i < expected.size(); i++) {
        JsonNode want = expected.get(i);
        JsonNode have = want.has("id") ? byId(actual, want.get("id").asText(), path) : actual.get(i);
        assertContains(have, want, path + "[" + (want.has("id") ? want.get("id").asText() : i) + "]");
      }
    } else if (expected.isNumber()) {
      assertThat(actual.isNumber()).as(path + " is a number, not " + actual).isTrue();
      assertThat(round(actual.decimalValue())).as(path).isEqualTo(round(expected.decimalValue()));
    } else {
      assertThat(actual).as(path).isEqualTo(expected);
    }
  }

  private static JsonNode byId(JsonNode array, String id, String path) {
    for (JsonNode item : array) {
      if (item.has("id") && item.get("id").asText().equals(id)) {
        return item;
      }
    }
    fail(path + " has no item with id " + id);
    return null;
  }

  private static BigDecimal round(BigDecimal x) {
    return x.setScale(4, RoundingMode.HALF_UP);
  }
}
