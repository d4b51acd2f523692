/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.error.InputIoException;

/**
 * The guard against server-side request forgery: every URL, and every redirect hop, is checked before a request.
 * Only http and https are fetched; a host that resolves to a loopback, private, link-local, unspecified, multicast,
 * carrier-grade NAT or IPv6 unique-local address is refused unless private addresses are allowed. Thread-safe.
 * Limitation: the HTTP client resolves the name again, so a DNS answer that changes between the two look-ups is not
 * caught.
 */
public final class AddressGuard {
    /** Resolves a host name to its addresses (tests substitute their own). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public AddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The guard with the system resolver. */
    public static AddressGuard standard(boolean allowPrivate) {
        return new AddressGuard(allowPrivate, InetAddress::getAllByName);
    }

    /**
     * Accepts the URL or says why not.
     *
     * @throws RefusedUrlException when the scheme is not http(s) or an address is not public
     * @throws InputIoException    when the host cannot be resolved
     */
    public void check(URI url) throws RefusedUrlException, InputIoException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new RefusedUrlException(url.toString(), "only http and https URLs are fetched");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new RefusedUrlException(url.toString(), "the URL names no host");
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new InputIoException(url.toString(), "cannot resolve host " + host);
        }
        for (InetAddress a : addresses) {
            Optional<String> kind = nonPublicKind(a);
            if (kind.isPresent()) {
                throw new RefusedUrlException(url.toString(), "resolves to " + kind.get() + " ("
                        + a.getHostAddress() + "); use --allow-private to allow");
            }
        }
    }

    /** "a private address", "a loopback address", …, or empty for a public address. */
    static Optional<String> nonPublicKind(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (a.isAnyLocalAddress()) {
            return Optional.of("an unspecified address");
        }
        if (a.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (a.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        if (a.isSiteLocalAddress()) {
            return Optional.of("a private address");
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            if (first == 0 || first == 100 && second >= 64 && second < 128 || first >= 240) {
                return Optional.of("a private address");
            }
            return Optional.empty();
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return Optional.of("a private address");
            }
            return embeddedIpv4(b).flatMap(AddressGuard::nonPublicKind);
        }
        return Optional.empty();
    }

    /** The IPv4 address inside a NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    private static Optional<InetAddress> embeddedIpv4(byte[] b) {
        try {
            if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
                return Optional.of(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return Optional.of(InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]}));
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
        return Optional.empty();
    }
}
