/**
 * Words and numbers for people: the two languages, messages kept as keys with arguments (rendered from
 * {@code messages_en.properties} and {@code messages_id.properties}), and number formats per language.
 * Depends on the JDK only; every other package may use it.
 */
package io.kinerja.core.text;
