package org.gloss.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.TagSet;

/**
 * Makes the elements added to one page from that page's tag set. jsoup's {@code new Element(name)},
 * and {@code appendElement} on an element not yet in a document, start a fresh tag set for every
 * element, which cost more than the element itself on pages with many popovers. Not thread-safe:
 * one per page, like the page's tree.
 */
final class PageElements {

    private final TagSet tags;

    /** Elements for the page {@code onPage} belongs to. */
    PageElements(Element onPage) {
        Document doc = onPage.ownerDocument();
        this.tags = doc != null ? doc.parser().tagSet() : TagSet.Html();
    }

    /** A new, detached element, as {@code new Element(name)} makes it. */
    Element create(String name) {
        return new Element(tags.valueOf(name, Parser.NamespaceHtml, ParseSettings.preserveCase), null);
    }

    /** A new element appended to {@code parent}, as {@code parent.appendElement(name)} makes it. */
    Element append(Element parent, String name) {
        Element child = create(name);
        parent.appendChild(child);
        return child;
    }
}
