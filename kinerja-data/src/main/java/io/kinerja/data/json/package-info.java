/**
 * Results written for programs: the JSON of DESIGN §7, shared by the command line ({@code kinerja score
 * --format json}) and the server's results endpoint, so that both give the same bytes. Uses the core's
 * results and jackson-core's streaming generator only.
 */
package io.kinerja.data.json;
