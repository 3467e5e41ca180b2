/** Results written for people in a terminal (aligned tables); the JSON lives in {@code io.kinerja.data.json}. */
package io.kinerja.app.output;
