package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 19: {@code serve --bind ADDR} answers that address's literal too, and still no other name. */
class LoopbackHostsTest {

    private final LoopbackHosts bound = new LoopbackHosts(8080, Set.of(address("192.168.1.5"), address("fe80::1")));

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.5:8080", "[fe80::1]:8080", "[FE80:0:0:0:0:0:0:1]:8080", "localhost:8080",
        "127.0.0.1:8080", "[::1]:8080"})
    void answersTheBoundAddressAndTheLoopbackNames(String host) {
        assertTrue(bound.allows(host), host);
    }

    /** A rebinding page sends its own name; an address the server is not bound to is not this server. */
    @ParameterizedTest
    @ValueSource(strings = {"evil.example:8080", "192.168.1.5.evil.example:8080", "192.168.1.6:8080",
        "192.168.1.5:8081", "192.168.1.5", "192.168.1.5:8080@evil.example", "[fe80::2]:8080", "[fe80::1%eth0]:8080",
        "0x7f.1:8080", "3232235781:8080", ""})
    void refusesEveryOtherHost(String host) {
        assertFalse(bound.allows(host), host);
    }

    @Test
    void onPort80TheLiteralMayComeWithoutIt() {
        LoopbackHosts http = new LoopbackHosts(80, Set.of(address("10.0.0.2")));
        assertTrue(http.allows("10.0.0.2"));
        assertTrue(http.allows("10.0.0.2:80"));
        assertFalse(http.allows("10.0.0.2:8080"));
    }

    @Test
    void withoutAddressesOnlyTheLoopbackNames() {
        LoopbackHosts loopback = new LoopbackHosts(8080);
        assertTrue(loopback.allows("localhost:8080"));
        assertFalse(loopback.allows("192.168.1.5:8080"));
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
