/** Results written for programs (JSON, DESIGN §7) and for people in a terminal (aligned tables). */
package io.kinerja.app.output;
