package org.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's class and id names say about it. Names are compared part by part
 * ({@code elementor-widget-wrap} is elementor, widget, wrap; {@code mainColumn} is main, column),
 * never as substrings, so that {@code ad} does not hit {@code shadow} or {@code Page-ad-margins'}s
 * neighbours.
 */
final class ClassNames {

    /** Readability's hints, as substrings of class and id (what it was tuned with). */
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain"
                    + "|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private ClassNames() {
    }

    /** The lower-case parts of class and id names: split at spaces, dashes, underscores and camel case. */
    static List<String> parts(String names) {
        List<String> out = new ArrayList<>();
        for (String token : names.split("[^\\p{L}\\p{N}]+")) {
            for (String part : CAMEL.split(token)) {
                if (!part.isEmpty()) {
                    out.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** True when one whole part of the names matches {@code pattern}. */
    static boolean anyPart(String names, Pattern pattern) {
        for (String part : parts(names)) {
            if (pattern.matcher(part).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Readability's class weight: +25 for a name that says story, −25 for one that says furniture, per attribute. */
    static double weight(Element e) {
        double w = 0;
        for (String name : new String[] {e.className(), e.id()}) {
            if (name.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(name).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(name).find()) {
                w += 25;
            }
        }
        return w;
    }
}
