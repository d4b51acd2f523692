/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.newsgraph.error.InputIoException;

class AddressGuardTest {
    /** Resolves literals only: the tests never touch DNS. */
    private static final AddressGuard.Resolver LITERALS = host -> {
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        if (host.equals("public.example")) {
            return new InetAddress[] {InetAddress.getByName("93.184.216.34")};
        }
        if (host.equals("mixed.example")) {
            return new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("192.168.1.9")};
        }
        throw new UnknownHostException(host);
    };
    private final AddressGuard guard = new AddressGuard(false, LITERALS);

    @Test
    void refusesPrivateAddressesWithAClearMessage() {
        RefusedUrlException e = assertThrows(RefusedUrlException.class,
                () -> guard.check(URI.create("https://10.0.0.5/x")));
        assertEquals("https://10.0.0.5/x: refused: resolves to a private address (10.0.0.5); use --allow-private to "
                + "allow", e.getMessage());
    }

    @Test
    void refusesEveryNonPublicRange() {
        for (String url : new String[] {"http://127.0.0.1/", "http://127.8.9.10/", "http://169.254.169.254/latest",
                "http://172.16.0.1/", "http://192.168.0.1/", "http://0.0.0.0/", "http://100.64.0.1/",
                "http://224.0.0.1/", "http://[::1]/", "http://[fe80::1]/", "http://[fd00::1]/",
                "http://[::ffff:10.0.0.1]/", "http://[64:ff9b::a00:1]/", "http://[2002:c0a8:0101::1]/",
                "http://mixed.example/"}) {
            assertThrows(RefusedUrlException.class, () -> guard.check(URI.create(url)), url);
        }
    }

    @Test
    void acceptsPublicAddresses() {
        assertDoesNotThrow(() -> guard.check(URI.create("https://public.example/a")));
        assertDoesNotThrow(() -> guard.check(URI.create("http://93.184.216.34/")));
        assertDoesNotThrow(() -> guard.check(URI.create("http://[2606:2800:220:1:248:1893:25c8:1946]/")));
    }

    @Test
    void refusesOtherSchemesEvenWhenPrivateIsAllowed() {
        AddressGuard open = new AddressGuard(true, LITERALS);
        assertDoesNotThrow(() -> open.check(URI.create("http://127.0.0.1:8080/")));
        RefusedUrlException e = assertThrows(RefusedUrlException.class,
                () -> open.check(URI.create("file:///etc/passwd")));
        assertTrue(e.getMessage().contains("only http and https"), e.getMessage());
    }

    @Test
    void unknownHostsAreAnInputError() {
        InputIoException e = assertThrows(InputIoException.class,
                () -> guard.check(URI.create("https://nowhere.example/")));
        assertTrue(e.getMessage().contains("cannot resolve host nowhere.example"), e.getMessage());
    }
}
