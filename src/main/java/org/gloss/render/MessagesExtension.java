package org.gloss.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The theme's words in templates: {@code t("key")} and {@code t("key", {"count": n, "name": x})}
 * (a text, escaped like any value), {@code t_html("key", {...})} (a message holding markup, its
 * values escaped), {@code messages_json("js.search.")} (the messages a script needs, as JSON for a
 * data attribute) and the filter {@code date_text} (an ISO date written in the site's language).
 * Which language is the page's {@code site.language}; Pebble's own {@code i18n} reads
 * {@code ResourceBundle}s from the class path only, so it could not see a user's theme folder.
 */
final class MessagesExtension extends AbstractExtension {

    /** The messages of a language tag (null: English). */
    @FunctionalInterface
    interface Lookup {
        Messages of(String language);
    }

    private final Lookup lookup;

    MessagesExtension(Lookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new Text(false), "t_html", new Text(true), "messages_json", new Json());
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("date_text", new DateText());
    }

    private Messages messages(EvaluationContext context) {
        Object site = context.getVariable("site");
        Object language = site instanceof Map<?, ?> m ? m.get("language") : null;
        return lookup.of(language == null ? null : language.toString());
    }

    /** {@code t(key, args)}: with a numeric {@code count} and plural forms ({@code key.one}… {@code key.other}), the form the number takes. */
    private final class Text implements Function {

        private final boolean html;

        Text(boolean html) {
            this.html = html;
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of("key", "args");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            Messages m = messages(context);
            String key = String.valueOf(args.get("key"));
            Map<String, Object> values = args.get("args") instanceof Map<?, ?> given ? cast(given) : Map.of();
            if (values.get("count") instanceof Number n && m.has(key + ".other")) {
                return m.plural(key, n.longValue(), values);
            }
            return html ? new SafeString(m.html(key, values)) : m.text(key, values);
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> cast(Map<?, ?> given) {
            return (Map<String, Object>) given;
        }
    }

    /** {@code messages_json(prefix)}: {@code {"rest of key": "message", …}}. */
    private final class Json implements Function {

        @Override
        public List<String> getArgumentNames() {
            return List.of("prefix");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            StringBuilder json = new StringBuilder("{");
            messages(context).withPrefix(String.valueOf(args.get("prefix"))).forEach((k, v) -> {
                if (json.length() > 1) {
                    json.append(',');
                }
                string(json, k).append(':');
                string(json, v);
            });
            return json.append('}').toString();
        }

        private static StringBuilder string(StringBuilder out, String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"');
        }
    }

    /** {@code iso | date_text}: the date in the site's language; null stays null. */
    private final class DateText implements Filter {

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int lineNumber) {
            if (input == null) {
                return null;
            }
            Messages m = messages(context);
            return input instanceof LocalDate d ? m.date(d) : m.date(input.toString());
        }
    }
}
