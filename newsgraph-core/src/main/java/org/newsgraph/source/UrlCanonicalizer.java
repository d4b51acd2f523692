/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical form of article URLs, so that one story reached through tracking links, AMP variants or redirector
 * wrappers is collected once: lower-case scheme and host, no default port, no fragment, no tracking parameters,
 * no AMP markers, Google AMP-cache and redirector links unwrapped. Conservative: anything that could select a
 * different page (other query parameters, trailing slashes, {@code www.}) is kept. Thread-safe (stateless).
 */
public final class UrlCanonicalizer {
    /** Query parameters that only track the click: never part of the article's identity. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid",
            "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "ocid", "cmpid", "icid", "ito", "wt_mc", "wt.mc_id", "wt_zmc",
            "xtor", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "ref_src",
            "s_cid", "smid", "sr_share", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee",
            "__twitter_impression", "ga_source", "ga_medium", "ga_campaign", "sara_ecid", "sara_ref");
    /** Query parameters that ask for the AMP rendering of the same article. */
    private static final Set<String> AMP_PARAMS = Set.of("amp", "amp_js_v", "usqp", "outputtype");

    private UrlCanonicalizer() {}

    /** The canonical form of {@code url}, or empty when it is not an absolute http(s) URL. */
    public static Optional<String> canonical(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI u = new URI(url.trim().replace(" ", "%20"));
            Optional<String> unwrapped = unwrap(u);
            if (unwrapped.isPresent() && !unwrapped.get().equals(url)) {
                return canonical(unwrapped.get());
            }
            return Optional.ofNullable(rebuild(u));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The canonical form, or the trimmed input itself when it cannot be canonicalised. */
    public static String canonicalOrSelf(String url) {
        return canonical(url).orElse(url == null ? null : url.trim());
    }

    /** The politeness key of a URL: scheme, host and port ({@code https://example.org:443}). */
    public static String hostKey(URI u) {
        String scheme = u.getScheme() == null ? "http" : u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort() >= 0 ? u.getPort() : "https".equals(scheme) ? 443 : 80;
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }

    private static String rebuild(URI u) throws URISyntaxException {
        String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || u.getHost() == null) {
            return null;
        }
        String host = IDN.toASCII(u.getHost(), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = u.getPort();
        if (port == 80 && "http".equals(scheme) || port == 443 && "https".equals(scheme)) {
            port = -1;
        }
        String path = dropAmpPath(u.normalize().getRawPath());
        String query = cleanQuery(u.getRawQuery());
        StringBuilder b = new StringBuilder(scheme).append("://");
        if (u.getRawUserInfo() != null) {
            b.append(u.getRawUserInfo()).append('@');
        }
        b.append(host);
        if (port >= 0) {
            b.append(':').append(port);
        }
        b.append(path == null || path.isEmpty() ? "/" : path);
        if (query != null) {
            b.append('?').append(query);
        }
        return b.toString();
    }

    /** Removes {@code /amp} at the end or start of the path and the {@code .amp} before an extension. */
    static String dropAmpPath(String path) {
        if (path == null) {
            return null;
        }
        String p = path;
        if (p.endsWith("/amp") || p.endsWith("/amp/")) {
            p = p.substring(0, p.lastIndexOf("/amp"));
            if (p.isEmpty()) {
                p = "/";
            } else if (path.endsWith("/")) {
                p = p + "/";
            }
        }
        if (p.startsWith("/amp/")) {
            p = p.substring(4);
        }
        return p.replace(".amp.html", ".html").replace(".amp.htm", ".htm");
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : pair.substring(eq + 1).toLowerCase(Locale.ROOT);
            boolean tracking = name.startsWith("utm_") || TRACKING.contains(name);
            boolean amp = AMP_PARAMS.contains(name) && ("outputtype".equals(name) ? "amp".equals(value) : true);
            if (!tracking && !amp) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }

    /** The publisher URL inside an AMP-cache or redirector link, when {@code u} is one. */
    private static Optional<String> unwrap(URI u) {
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        if (host.endsWith(".cdn.ampproject.org")) {
            // /c/s/host/path is https, /c/host/path is http; /v/ and /i/ are the viewer and image variants
            String[] parts = path.split("/", 5);
            if (parts.length >= 4 && parts[1].length() == 1) {
                boolean secure = "s".equals(parts[2]);
                String rest = secure ? path.substring(5) : path.substring(3);
                String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
                return Optional.of((secure ? "https://" : "http://") + rest + query);
            }
        }
        if ((host.equals("www.google.com") || host.equals("google.com")) && path.equals("/url")) {
            return param(u, "url").or(() -> param(u, "q"));
        }
        if ((host.equals("l.facebook.com") || host.equals("lm.facebook.com")) && path.equals("/l.php")) {
            return param(u, "u");
        }
        return Optional.empty();
    }

    private static Optional<String> param(URI u, String name) {
        if (u.getRawQuery() == null) {
            return Optional.empty();
        }
        for (String pair : u.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                String v = URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
                return v.startsWith("http://") || v.startsWith("https://") ? Optional.of(v) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
