package org.gloss.publish;

import java.util.List;
import java.util.Locale;

/**
 * The {@code Host} headers the preview answers: the loopback names with the server's port. A
 * page on another site whose name is made to resolve to 127.0.0.1 (DNS rebinding) sends its
 * own name, and so cannot read the preview or the content it shows.
 */
final class LoopbackHosts {

    private static final List<String> NAMES = List.of("127.0.0.1", "localhost", "[::1]");

    private final int port;

    LoopbackHosts(int port) {
        this.port = port;
    }

    /** Whether {@code host} (the header's value, null when absent) names this server. */
    boolean allows(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String name : NAMES) {
            if (h.equals(name + ":" + port) || (port == 80 && h.equals(name))) {
                return true;
            }
        }
        return false;
    }
}
