/**
 * The Kinerja server: {@link io.kinerja.server.KinerjaServer} wires the store, the services and the
 * HTTP routes together and starts them. Other modules use this package only.
 */
package io.kinerja.server;
