package org.gloss.render;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What a {@link CompiledMark} does where its template reads a variable, tests it or calls
 * {@code t} ({@link MarkOut} prints): the same as Pebble with strict variables, for the kinds of
 * values the features give (text, whole numbers, truth values, lists of maps, null). Any other kind, or a
 * variable that is not there, is {@link Unlike}: Pebble renders that mark instead, and reports what
 * is wrong the way it does for every template.
 */
final class MarkVars {

    private MarkVars() {
    }

    /** A value the compiled template does not take: the mark is Pebble's. */
    static final class Unlike extends RuntimeException {

        Unlike(String what) {
            // No stack: it is a signal to render the mark the plain way, not an error.
            super(what, null, false, false);
        }
    }

    /** Variable {@code name}; strict variables: one that is not there is Pebble's to report. */
    static Object get(Map<?, ?> vars, String name) {
        Object v = vars.get(name);
        if (v == null && !vars.containsKey(name)) {
            throw new Unlike(name);
        }
        return v;
    }

    /** {@code {% if v %}}, {@code not v}: a truth value. */
    static boolean truth(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new Unlike("not a truth value");
    }

    /** A whole number as {@code >}, {@code ==} compare it. */
    static long number(Object v) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        throw new Unlike("not a whole number");
    }

    /** What {@code {% for %}} walks and {@code is empty} tests: a list (null or anything else is Pebble's). */
    static List<?> list(Object v) {
        if (v instanceof List<?> l) {
            return l;
        }
        throw new Unlike("not a list");
    }

    /** A loop's item whose attributes the template reads ({@code o.href}). */
    static Map<?, ?> map(Object v) {
        if (v instanceof Map<?, ?> m) {
            return m;
        }
        throw new Unlike("not a map");
    }

    /**
     * {@code {{ v }}} in a wrapping mark's attribute, as the attribute reads (decoded): null is
     * empty. Text holding a character {@link MarkupReader#readLone} does not read (a control
     * character, a lone surrogate), or a link holding a colon (one that could name a scheme), is
     * left to the checked path.
     */
    static String value(Object v, boolean link) {
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 || c == 0x7f || (link && c == ':')) {
                    throw new Unlike("checked");
                }
                if (Character.isSurrogate(c)) {
                    if (!Character.isHighSurrogate(c) || i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                        throw new Unlike("a lone surrogate is checked");
                    }
                    i++;
                }
            }
            return s;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return String.valueOf(((Number) v).longValue());
        }
        throw new Unlike(v.getClass().getName());
    }

    /** {@code t(key)}: no arguments, so the message as it is (MessagesExtension). */
    static String t(Messages words, String key) {
        return words.text(key);
    }

    /** {@code t(key, {name: value})}: a numeric count picks the plural form, as MessagesExtension does. */
    static String t(Messages words, String key, String name, Object value) {
        Map<String, Object> args = Collections.singletonMap(name, value);
        if (name.equals("count") && value instanceof Number n && words.has(key + ".other")) {
            return words.plural(key, n.longValue(), args);
        }
        return words.text(key, args);
    }

    /** {@code v | date_text}: the date in the site's language; null stays null. */
    static String dateText(Messages words, Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof LocalDate d ? words.date(d) : words.date(v.toString());
    }

    /** Auto-escaping ({@link MarkupEscaper}), written straight into {@code out}. */
    static void escape(StringBuilder out, String s) {
        int done = 0;
        for (int i = 0; i < s.length(); i++) {
            String entity = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                out.append(s, done, i).append(entity);
                done = i + 1;
            }
        }
        out.append(s, done, s.length());
    }
}
