package org.gloss.render;

import java.util.Map;

/**
 * Where a {@link CompiledMark} writes: either what Pebble writes (auto-escaped, the form every
 * theme's template output takes before it is checked and printed), or directly what the page
 * prints of it ({@link MarkupReader#print} applied to that output), so a built-in popover or note
 * is not scanned again. Printed, a value holding a character the check would not print as it
 * is, or a link that names a scheme, is {@link MarkVars.Unlike}: the mark then takes the checked
 * path, so what could run is still taken out there.
 */
final class MarkOut {

    private final StringBuilder text;
    private final boolean printed;

    MarkOut(StringBuilder text, boolean printed) {
        this.text = text;
        this.printed = printed;
    }

    /** Markup the built-in template writes as it is. */
    MarkOut raw(String markup) {
        text.append(markup);
        return this;
    }

    /** One character of the template's own markup or text. */
    MarkOut raw(char c) {
        text.append(c);
        return this;
    }

    /** {@code {{ v }}} in text: null prints nothing, text escaped, a whole number its digits. */
    MarkOut text(Object v) {
        return value(v, false);
    }

    /** {@code {{ v }}} in an attribute's (quoted) value. */
    MarkOut attr(Object v) {
        return value(v, true);
    }

    /**
     * {@code {{ v }}} in a link ({@code href}): printed, a value with a colon (one that could name
     * a scheme, {@code javascript:} among them) takes the checked path.
     */
    MarkOut url(Object v) {
        if (printed && v instanceof String s && s.indexOf(':') >= 0) {
            throw new MarkVars.Unlike("a link with a scheme is checked");
        }
        return value(v, true);
    }

    /** What {@code mark_piece(template, vars)} puts in: its markup, in this output's form. */
    MarkOut piece(MarkTemplates marks, String template, Map<?, ?> vars) {
        text.append(printed ? marks.printedPiece(template, vars) : marks.piece(template, vars));
        return this;
    }

    private MarkOut value(Object v, boolean attribute) {
        if (v == null) {
            return this;
        }
        if (v instanceof String s) {
            if (printed) {
                printedText(s, attribute);
            } else {
                MarkVars.escape(text, s);
            }
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            text.append(((Number) v).longValue());
        } else {
            // A double, a date, an object: Pebble's own way of writing it.
            throw new MarkVars.Unlike(v.getClass().getName());
        }
        return this;
    }

    /**
     * {@code s} escaped by Pebble and then printed by the page: {@code & < >} and the no-break
     * space as references, quotation marks as themselves but {@code "} in a value; a control
     * character or a surrogate out of its pair is the checked path's (it does not print them here).
     */
    private void printedText(String s, boolean attribute) {
        int done = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String entity;
            if (c == '&') {
                entity = "&amp;";
            } else if (c == '<') {
                entity = "&lt;";
            } else if (c == '>') {
                entity = "&gt;";
            } else if (c == '"') {
                entity = attribute ? "&quot;" : null;
            } else if (c == '\u00a0') {
                entity = "&nbsp;";
            } else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) {
                throw new MarkVars.Unlike("a control character is checked");
            } else if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    throw new MarkVars.Unlike("a lone surrogate is checked");
                }
                i++;
                continue;
            } else {
                continue;
            }
            if (entity != null) {
                text.append(s, done, i).append(entity);
                done = i + 1;
            }
        }
        text.append(s, done, s.length());
    }
}
