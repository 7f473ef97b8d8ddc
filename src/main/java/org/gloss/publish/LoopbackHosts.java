package org.gloss.publish;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code Host} headers the preview answers: the loopback names with the server's port, and,
 * when the preview listens on another address ({@code gloss serve --bind}), that address's own
 * IP literals with the port. A page on another site whose name is made to resolve to this machine
 * (DNS rebinding) sends its own name, never an IP literal, and so cannot read the preview or the
 * content it shows: no name other than {@code localhost} is ever answered.
 */
final class LoopbackHosts {

    private static final List<String> NAMES = List.of("127.0.0.1", "localhost", "[::1]");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** An IPv6 literal in brackets, as a Host header writes it (no zone: browsers never send one). */
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]{2,45}]");

    private final int port;
    private final Set<InetAddress> addresses;

    /** Only the loopback names. */
    LoopbackHosts(int port) {
        this(port, Set.of());
    }

    /** The loopback names, and the IP literals of {@code addresses}. */
    LoopbackHosts(int port, Set<InetAddress> addresses) {
        this.port = port;
        this.addresses = Set.copyOf(addresses);
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
        return !addresses.isEmpty() && allowsLiteral(h);
    }

    private boolean allowsLiteral(String h) {
        String literal = h;
        String suffix = ":" + port;
        if (h.endsWith(suffix)) {
            literal = h.substring(0, h.length() - suffix.length());
        } else if (port != 80) {
            return false;
        }
        boolean v4 = IPV4.matcher(literal).matches();
        if (!v4 && !IPV6.matcher(literal).matches()) {
            return false; // a name: never answered, whatever it resolves to
        }
        try {
            // A literal only (checked above), so this never asks DNS.
            return addresses.contains(InetAddress.getByName(v4 ? literal : literal.substring(1, literal.length() - 1)));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
