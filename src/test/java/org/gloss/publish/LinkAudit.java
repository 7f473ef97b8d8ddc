package org.gloss.publish;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page points at, and whether each reference may leave the site: the rule the offline
 * archive and the Pages site share. Only anchors inside article text, an article's source URL,
 * glossary definitions and the canonical link may name another host; nothing a browser fetches may.
 */
final class LinkAudit {

    /** One reference on a page: the element's tag, the URL as written, and whether it may be external. */
    record Ref(String tag, String url, boolean mayBeExternal) {
    }

    private LinkAudit() {
    }

    static List<Ref> refs(Document doc) {
        List<Ref> refs = new ArrayList<>();
        for (Element el : doc.select("a[href], link[href], area[href]")) {
            refs.add(new Ref(el.tagName(), el.attr("href"), mayBeExternal(el)));
        }
        for (Element el : doc.select("script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src]")) {
            refs.add(new Ref(el.tagName(), el.attr("src"), false));
        }
        for (Element el : doc.select("img[srcset], source[srcset], object[data], [style*=url]")) {
            refs.add(new Ref(el.tagName(), el.hasAttr("srcset") ? el.attr("srcset") : el.attr("style"), false));
        }
        return refs;
    }

    private static boolean mayBeExternal(Element el) {
        if (el.tagName().equals("link")) {
            return el.attr("rel").toLowerCase(Locale.ROOT).contains("canonical");
        }
        return el.hasClass("source-url") || !el.parents().select(".article-body, .glossary").isEmpty();
    }

    /** True for a URL that names a scheme or host (http:, mailto:, //host…): anything not site-relative. */
    static boolean isExternal(String url) {
        String u = url.strip();
        if (u.startsWith("//")) {
            return true;
        }
        try {
            return URI.create(u.replace(" ", "%20")).getScheme() != null;
        } catch (IllegalArgumentException e) {
            return u.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
        }
    }

    /** Browser APIs that make requests; none may appear in a script the site ships. */
    static final List<String> REQUEST_APIS = List.of("fetch(", "XMLHttpRequest", "importScripts", "WebSocket",
            "EventSource", "sendBeacon", "import(");
}
