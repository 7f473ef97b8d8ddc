package org.gloss.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.gloss.ingest.InputFolder;

/**
 * The interface strings of one site's language: every word a page, a mark or a script shows that
 * is not content. They come from the theme's {@code messages/TAG.properties} files (UTF-8), a
 * user's theme file first, then the built-in one, for the site's language tag and each of its
 * fallbacks ({@code pt-BR}, then {@code pt}), and English last: a key a language's file lacks is
 * taken from English, and a language with no file at all is English throughout, with one warning.
 * Dates are written in the language too ({@code date.format}), while {@code <time datetime>}
 * keeps ISO. Immutable: one is made per theme and language and shared by every page.
 */
public final class Messages {

    /** The language every other one falls back to, and whose file must hold every key. */
    public static final String ENGLISH = "en";
    /** Where a theme keeps its messages files. */
    static final String FOLDER = "messages";

    private static final MarkupEscaper ESCAPER = new MarkupEscaper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");
    /** Languages written right to left when the tag names no script. */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks",
            "ps", "sd", "ug", "ur", "yi");
    private static final Set<String> RTL_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg",
            "Samr", "Mand");

    /** One file's messages, and the name it is reported by. */
    private record Layer(String file, Map<String, String> messages) {
    }

    private final String language;
    private final Locale locale;
    private final List<Layer> layers;
    private final List<Problem> problems;
    private final DateTimeFormatter dates;
    /** Each key's {@link #pieces}: asked for once per printing a popover lists, the same every time. */
    private final Map<String, List<String>> pieces = new ConcurrentHashMap<>();
    /**
     * Each ISO date's {@link #date(String)}: a popover writes the date of every printing it lists,
     * and a site has far fewer dates than printings (one entry per date an article carries).
     */
    private final Map<String, String> isoDates = new ConcurrentHashMap<>();

    private Messages(String language, List<Layer> layers, List<Problem> problems) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.layers = List.copyOf(layers);
        this.problems = List.copyOf(problems);
        this.dates = dateFormat(text("date.format"), locale);
    }

    /** The built-in theme's English messages. */
    public static Messages english() {
        return load(ENGLISH, null);
    }

    /**
     * The messages of {@code languageTag} (BCP 47) from the theme in {@code userTheme} (may be
     * null) and the built-in theme. A language no file covers is English, with a warning.
     */
    public static Messages load(String languageTag, Path userTheme) {
        String tag = languageTag == null || languageTag.isBlank() ? ENGLISH : languageTag;
        InputFolder guard = userTheme != null && Files.isDirectory(userTheme) ? InputFolder.templates(userTheme) : null;
        List<Problem> problems = new ArrayList<>();
        List<Layer> layers = new ArrayList<>();
        for (String candidate : candidates(tag)) {
            if (guard != null) {
                userFile(userTheme, guard, candidate, problems).ifPresent(layers::add);
            }
            builtInFile(candidate).ifPresent(layers::add);
        }
        boolean english = Locale.forLanguageTag(tag).getLanguage().equals(ENGLISH);
        if (layers.isEmpty() && !english) {
            problems.add(Problem.warning("site.yml", "no messages for language '" + tag + "' (the theme has no "
                    + FOLDER + "/" + tag + ".properties); the interface is in English"));
        }
        if (guard != null) {
            userFile(userTheme, guard, ENGLISH, problems).ifPresent(layers::add);
        }
        layers.add(builtInFile(ENGLISH).orElseThrow(() -> new IllegalStateException("the jar has no English messages")));
        return new Messages(tag, layers, problems);
    }

    /** The tag and its fallbacks, most specific first, English and the root left out: {@code zh-Hant-TW, zh-Hant, zh-TW, zh}. */
    static List<String> candidates(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        Set<String> out = new LinkedHashSet<>();
        out.add(tag);
        for (Locale l : ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)
                .getCandidateLocales("", locale)) {
            if (!l.equals(Locale.ROOT)) {
                out.add(l.toLanguageTag());
            }
        }
        out.removeIf(t -> t.equals(ENGLISH));
        return List.copyOf(out);
    }

    private static Optional<Layer> userFile(Path dir, InputFolder guard, String tag, List<Problem> problems) {
        String relative = FOLDER + "/" + tag + ".properties";
        if (!Files.exists(dir.resolve(relative))) {
            return Optional.empty();
        }
        return guard.readable(relative, problems).map(p -> {
            try (InputStream in = Files.newInputStream(p)) {
                return new Layer(p.toString(), read(in, p.toString()));
            } catch (IOException e) {
                throw new BuildException(Problem.error(p.toString(), "cannot read messages: " + e.getMessage()), e);
            }
        });
    }

    private static Optional<Layer> builtInFile(String tag) {
        String name = "theme/" + FOLDER + "/" + tag + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new Layer("built-in theme " + FOLDER + "/" + tag
                    + ".properties", read(in, name)));
        } catch (IOException e) {
            throw new BuildException(Problem.error(name, "cannot read messages: " + e.getMessage()), e);
        }
    }

    private static Map<String, String> read(InputStream in, String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IllegalArgumentException e) {
            throw new BuildException(Problem.error(file, "malformed messages file: " + e.getMessage()), e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    /** {@code iso} (as stored), a {@link FormatStyle} name ({@code long}), or a {@link DateTimeFormatter} pattern. */
    private static DateTimeFormatter dateFormat(String format, Locale locale) {
        String f = format.strip();
        if (f.equalsIgnoreCase("iso")) {
            return null;
        }
        for (FormatStyle style : FormatStyle.values()) {
            if (style.name().equalsIgnoreCase(f)) {
                return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale);
            }
        }
        try {
            return DateTimeFormatter.ofPattern(f, locale);
        } catch (IllegalArgumentException e) {
            throw new BuildException(Problem.error(FOLDER, "date.format '" + f + "' is neither iso, short, medium, "
                    + "long, full nor a date pattern: " + e.getMessage()), e);
        }
    }

    /** The site's language tag, as {@code site.yml} gives it. */
    public String language() {
        return language;
    }

    /** The language as a {@link Locale}. */
    public Locale locale() {
        return locale;
    }

    /** {@code rtl} for a language written right to left (Arabic, Hebrew, Persian…), else {@code ltr}. */
    public String direction() {
        String script = locale.getScript();
        boolean rtl = script.isEmpty() ? RTL_LANGUAGES.contains(locale.getLanguage()) : RTL_SCRIPTS.contains(script);
        return rtl ? "rtl" : "ltr";
    }

    /** Warnings about the language (none has a file: English is used). */
    public List<Problem> problems() {
        return problems;
    }

    /** Whether any layer holds {@code key}. */
    public boolean has(String key) {
        // A loop, not a stream: asked for every count a template passes to t().
        for (Layer l : layers) {
            if (l.messages().containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** The message {@code key}; one that no file holds, English included, stops the build naming it. */
    public String text(String key) {
        for (Layer l : layers) {
            String m = l.messages().get(key);
            if (m != null) {
                return m;
            }
        }
        throw new BuildException(Problem.error(layers.get(layers.size() - 1).file(),
                "no message '" + key + "' (for language '" + language + "', nor in English)"));
    }

    /** The message {@code key} with each {@code {name}} replaced by {@code args}' value (a name it lacks stays as written). */
    public String text(String key, Map<String, ?> args) {
        return fill(text(key), args, false);
    }

    /**
     * The message {@code key} for {@code count} things: {@code key.one}, {@code key.few}… by the
     * language's plural rules ({@link PluralRules}), else {@code key.other}; {@code {count}} is the
     * number.
     */
    public String plural(String key, long count, Map<String, ?> args) {
        String form = key + "." + PluralRules.category(locale.getLanguage(), count);
        Map<String, Object> all = new java.util.HashMap<>(args);
        all.put("count", count);
        return fill(text(has(form) ? form : key + ".other"), all, false);
    }

    /** As {@link #text(String, Map)}, the message being HTML (from the theme, trusted) and the values escaped into it. */
    public String html(String key, Map<String, ?> args) {
        return fill(text(key), args, true);
    }

    private static String fill(String message, Map<String, ?> args, boolean escape) {
        if (args.isEmpty() || message.indexOf('{') < 0) {
            return message;
        }
        Matcher m = PLACEHOLDER.matcher(message);
        StringBuilder out = new StringBuilder(message.length() + 32);
        while (m.find()) {
            Object value = args.get(m.group(1));
            String text = value == null && !args.containsKey(m.group(1)) ? m.group() : String.valueOf(value);
            m.appendReplacement(out, Matcher.quoteReplacement(escape ? ESCAPER.escape(text) : text));
        }
        return m.appendTail(out).toString();
    }

    /**
     * The message {@code key} cut at its placeholders, for building elements around values:
     * text, name, text, name… text (text at even indexes, possibly empty; names at odd ones).
     */
    public List<String> pieces(String key) {
        return pieces.computeIfAbsent(key, this::cut);
    }

    private List<String> cut(String key) {
        String message = text(key);
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(message);
        int at = 0;
        while (m.find()) {
            out.add(message.substring(at, m.start()));
            out.add(m.group(1));
            at = m.end();
        }
        out.add(message.substring(at));
        return List.copyOf(out);
    }

    /** Every message whose key starts with {@code prefix}, by the rest of its key: what a script is given. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new TreeMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            layers.get(i).messages().forEach((k, v) -> {
                if (k.startsWith(prefix)) {
                    out.put(k.substring(prefix.length()), v);
                }
            });
        }
        return out;
    }

    /** {@code date} in the language ({@code date.format}), e.g. {@code 16 mars 2024}; ISO for English. */
    public String date(LocalDate date) {
        return dates == null ? date.toString() : dates.format(date);
    }

    /** As {@link #date(LocalDate)} for an ISO date as templates hold it; text that is no date is returned as it is. */
    public String date(String iso) {
        return iso == null ? null : isoDates.computeIfAbsent(iso, this::parsedDate);
    }

    private String parsedDate(String iso) {
        try {
            return date(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
