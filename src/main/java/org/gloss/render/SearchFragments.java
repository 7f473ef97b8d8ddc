package org.gloss.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.gloss.core.OutputFile;
import org.gloss.core.SiteLayout;

/**
 * The offline search index cut into fragments a query loads on demand, so that a search of a
 * 100,000-article site reads a few hundred kilobytes instead of every paragraph. Made from the
 * documents in order (each given the next number), it writes:
 * <ul>
 * <li>{@code assets/search-index.js}, the manifest: how many documents, how many to a shard, and
 * the first word of each word fragment;</li>
 * <li>{@code assets/search/wN.js}, word fragments: the words in a range of the sorted vocabulary,
 * each with the documents that score best for it (at most {@value #POSTINGS_PER_WORD}) and their
 * scores;</li>
 * <li>{@code assets/search/dN.js}, document shards: {@value #DOCS_PER_SHARD} documents each, what a
 * result shows (kind, label, context, href, text; a glossary entry's names too).</li>
 * </ul>
 * Every file is a script calling {@code GlossSearch.loaded(name, data)}, loaded by a
 * {@code <script>} tag rather than fetched, so search works from {@code file://} too.
 *
 * <p>Words are read as lunr reads them ({@code assets/search.js} stems the query with lunr and
 * compares it with each word's stem): the text lower-cased, split at white space and hyphens,
 * non-word characters trimmed off each end, lunr's stop words dropped, accents removed. A word's
 * score in a document is lunr's BM25 with its field boosts and no length normalisation (b = 0),
 * summed over the fields, times the word's inverse document frequency.
 */
public final class SearchFragments {

    /** Documents in one shard: 40 results load at most ~40 small files. */
    static final int DOCS_PER_SHARD = 16;
    /** The best documents kept for a word; a word in more is ranked by score, then site order. */
    static final int POSTINGS_PER_WORD = 100;
    /** About how large a word fragment grows before the next one starts. */
    static final int FRAGMENT_BYTES = 48 * 1024;
    /** The folder of the fragments and shards. */
    static final String FOLDER = SiteLayout.ASSETS + "search/";

    /** The indexed fields and their boosts, as assets/search.js declared them for lunr. */
    private static final Map<String, Double> BOOSTS = Map.of("title", 5.0, "term", 15.0, "speaker", 5.0,
            "outlet", 2.0, "text", 1.0);
    /**
     * What a result shows, and a glossary entry's other names; the other fields are only searched
     * (an article's title and a quotation's speaker are its label already).
     */
    private static final List<String> SHOWN = List.of("kind", "label", "context", "href", "text", "term");
    private static final double K1 = 1.2;
    private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f]");
    /** lunr.stopWordFilter's words. */
    private static final Set<String> STOP_WORDS = Set.of("a", "able", "about", "across", "after", "all", "almost",
            "also", "am", "among", "an", "and", "any", "are", "as", "at", "be", "because", "been", "but", "by", "can",
            "cannot", "could", "dear", "did", "do", "does", "either", "else", "ever", "every", "for", "from", "get",
            "got", "had", "has", "have", "he", "her", "hers", "him", "his", "how", "however", "i", "if", "in", "into",
            "is", "it", "its", "just", "least", "let", "like", "likely", "may", "me", "might", "most", "must", "my",
            "neither", "no", "nor", "not", "of", "off", "often", "on", "only", "or", "other", "our", "own", "rather",
            "said", "say", "says", "she", "should", "since", "so", "some", "than", "that", "the", "their", "them",
            "then", "there", "these", "they", "this", "tis", "to", "too", "twas", "us", "wants", "was", "we", "were",
            "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yet", "you",
            "your");

    /**
     * The best postings of one word so far (at most {@value #POSTINGS_PER_WORD}), and in how many
     * documents it occurs. A heap of parallel arrays whose root is the worst posting kept: the
     * lowest score, and of equal scores the latest document, which a new posting must beat. (A
     * {@code PriorityQueue} of posting objects cost a tenth of a rebuild at 10,000 articles.)
     */
    private static final class Postings {
        double[] scores = new double[4];
        int[] docs = new int[4];
        int size;
        int documents;

        void add(int doc, double score) {
            documents++;
            if (size < POSTINGS_PER_WORD) {
                if (size == docs.length) {
                    scores = java.util.Arrays.copyOf(scores, Math.min(POSTINGS_PER_WORD, size * 2));
                    docs = java.util.Arrays.copyOf(docs, scores.length);
                }
                int k = size++;
                while (k > 0 && worse(score, doc, scores[(k - 1) / 2], docs[(k - 1) / 2])) {
                    scores[k] = scores[(k - 1) / 2];
                    docs[k] = docs[(k - 1) / 2];
                    k = (k - 1) / 2;
                }
                scores[k] = score;
                docs[k] = doc;
            } else if (worse(scores[0], docs[0], score, doc)) {
                siftDown(score, doc);
            }
        }

        /** Replaces the root with the given posting, restoring the heap. */
        private void siftDown(double score, int doc) {
            int k = 0;
            while (2 * k + 1 < size) {
                int c = 2 * k + 1;
                if (c + 1 < size && worse(scores[c + 1], docs[c + 1], scores[c], docs[c])) {
                    c++;
                }
                if (!worse(scores[c], docs[c], score, doc)) {
                    break;
                }
                scores[k] = scores[c];
                docs[k] = docs[c];
                k = c;
            }
            scores[k] = score;
            docs[k] = doc;
        }

        /** Whether posting a ranks below posting b: a lower score, or an equal score and a later document. */
        private static boolean worse(double scoreA, int docA, double scoreB, int docB) {
            return scoreA != scoreB ? scoreA < scoreB : docA > docB;
        }
    }

    /**
     * One document as the index takes it in: its words with their scores (in no particular order:
     * each word's postings are kept apart), and what a result shows of it. A function of the
     * document alone, so a build can keep an article's documents scored ({@link SearchParts}).
     */
    record Scored(String[] words, double[] scores, byte[] shown) {
        Scored {
            if (words.length != scores.length) {
                throw new IllegalArgumentException("a score for every word");
            }
        }

        /** The scores by word (for tests). */
        Map<String, Double> scoreMap() {
            Map<String, Double> map = new HashMap<>();
            for (int i = 0; i < words.length; i++) {
                map.put(words[i], scores[i]);
            }
            return map;
        }
    }

    /** Documents scored side by side before being added in order: about one article's worth. */
    private static final int BATCH = 256;

    private final Consumer<OutputFile> out;
    private final Map<String, Postings> words = new HashMap<>();
    private final List<byte[]> shard = new ArrayList<>();
    private final List<Map<String, String>> pending = new ArrayList<>();
    private int documents;

    /** An index whose files go to {@code out} as they are made. */
    public SearchFragments(Consumer<OutputFile> out) {
        this.out = out;
    }

    /** The files of an index of {@code docs}, in order (for tests and tools). */
    public static List<OutputFile> of(List<Map<String, String>> docs) {
        List<OutputFile> files = new ArrayList<>();
        SearchFragments index = new SearchFragments(files::add);
        docs.forEach(index::add);
        index.finish();
        return files;
    }

    /** Adds the next document: its fields by name, each a string or null. */
    public void add(Map<String, String> doc) {
        pending.add(doc);
        if (pending.size() == BATCH) {
            addPending();
        }
    }

    /** Adds the next documents, already {@link #scored}, after those added before them. */
    void addScored(List<Scored> docs) {
        addPending();
        docs.forEach(this::addOne);
    }

    /**
     * Adds the documents waiting, in order. A document's scores and shown fields depend on it
     * alone, so they are worked out on every core; the postings are then added one by one.
     */
    private void addPending() {
        if (pending.isEmpty()) {
            return;
        }
        List<Scored> scored = pending.parallelStream().map(SearchFragments::scored).toList();
        pending.clear();
        scored.forEach(this::addOne);
    }

    private void addOne(Scored d) {
        int id = documents++;
        String[] w = d.words();
        double[] s = d.scores();
        for (int i = 0; i < w.length; i++) {
            words.computeIfAbsent(w[i], k -> new Postings()).add(id, s[i]);
        }
        shard.add(d.shown());
        if (shard.size() == DOCS_PER_SHARD) {
            flushShard();
        }
    }

    /** lunr's BM25 score of each word of {@code doc} (fields boosted, b = 0), and its shown fields as JSON. */
    static Scored scored(Map<String, String> doc) {
        Map<String, Double> scores = new HashMap<>();
        for (Map.Entry<String, Double> field : BOOSTS.entrySet()) {
            String text = doc.get(field.getKey());
            if (text == null || text.isEmpty()) {
                continue;
            }
            Map<String, Integer> tf = new HashMap<>();
            words(text, w -> tf.merge(w, 1, Integer::sum));
            tf.forEach((w, n) -> scores.merge(w, field.getValue() * n * (K1 + 1) / (K1 + n), Double::sum));
        }
        String[] w = new String[scores.size()];
        double[] s = new double[w.length];
        int i = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            w[i] = e.getKey();
            s[i++] = e.getValue();
        }
        return new Scored(w, s, SearchDocs.part(g -> {
            g.writeStartObject();
            for (String f : SHOWN) {
                if (doc.get(f) != null) {
                    g.writeStringField(f, doc.get(f));
                }
            }
            g.writeEndObject();
        }));
    }

    /** Writes the last shard, the word fragments and the manifest. */
    public void finish() {
        addPending();
        if (!shard.isEmpty()) {
            flushShard();
        }
        TreeMap<String, Postings> sorted = new TreeMap<>(words);
        List<String> starts = new ArrayList<>();
        Map<String, int[]> current = new TreeMap<>();
        int bytes = 0;
        for (Map.Entry<String, Postings> e : sorted.entrySet()) {
            int[] postings = ranked(e.getValue());
            if (current.isEmpty()) {
                starts.add(starts.isEmpty() ? "" : e.getKey());
            }
            current.put(e.getKey(), postings);
            bytes += e.getKey().length() + 6 + postings.length * 5;
            if (bytes >= FRAGMENT_BYTES) {
                writeFragment(starts.size() - 1, current);
                current = new TreeMap<>();
                bytes = 0;
            }
        }
        if (!current.isEmpty() || starts.isEmpty()) {
            if (starts.isEmpty()) {
                starts.add("");
            }
            writeFragment(starts.size() - 1, current);
        }
        byte[] manifest = SearchDocs.part(g -> {
            g.writeStartObject();
            g.writeNumberField("documents", documents);
            g.writeNumberField("shard", DOCS_PER_SHARD);
            g.writeArrayFieldStart("fragments");
            for (String s : starts) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        out.accept(script(SiteLayout.SEARCH_INDEX, "// Generated by Gloss: the offline search index's manifest (see assets/search.js).\n"
                + "var GLOSS_SEARCH_INDEX = ", manifest, ";\n"));
    }

    /** Document, score, document, score…: best first, scores as whole tenths (at least 1). */
    private int[] ranked(Postings p) {
        double idf = Math.log(1 + Math.abs((documents - p.documents + 0.5) / (p.documents + 0.5)));
        Integer[] order = new Integer[p.size];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> p.scores[a] != p.scores[b] ? Double.compare(p.scores[b], p.scores[a])
                : Integer.compare(p.docs[a], p.docs[b]));
        int[] out = new int[order.length * 2];
        for (int i = 0; i < order.length; i++) {
            out[2 * i] = p.docs[order[i]];
            out[2 * i + 1] = Math.max(1, (int) Math.round(p.scores[order[i]] * idf * 10));
        }
        return out;
    }

    private void writeFragment(int number, Map<String, int[]> entries) {
        byte[] body = SearchDocs.part(g -> {
            g.writeStartObject();
            for (Map.Entry<String, int[]> e : entries.entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeArray(e.getValue(), 0, e.getValue().length);
            }
            g.writeEndObject();
        });
        String name = "w" + number;
        out.accept(script(FOLDER + name + ".js", "GlossSearch.loaded(\"" + name + "\",", body, ");\n"));
    }

    private void flushShard() {
        String name = "d" + ((documents - 1) / DOCS_PER_SHARD);
        ByteChunks docs = new ByteChunks();
        JsonParts.ArrayBytes array = new JsonParts.ArrayBytes(docs, false);
        shard.forEach(array::add);
        array.close();
        shard.clear();
        out.accept(script(FOLDER + name + ".js", "GlossSearch.loaded(\"" + name + "\",", docs.toByteArray(), ");\n"));
    }

    private static OutputFile script(String path, String head, byte[] body, String tail) {
        ByteChunks b = new ByteChunks();
        b.add(head);
        b.add(body);
        b.add(tail);
        return new OutputFile(path, b.toByteArray());
    }

    /**
     * The indexed words of {@code text}, as lunr's pipeline reads them (without its stemmer): split
     * at {@link #isSeparator separators}, trimmed of non-word characters at either end, stop words
     * dropped, accents removed. A scan rather than regular expressions, since it reads every
     * paragraph of the site; {@code SearchWordsDifferentialTest} pins it to the patterns.
     */
    static void words(String text, Consumer<String> each) {
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(lower.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < n && !isSeparator(lower.charAt(end))) {
                end++;
            }
            // lunr.trimmer: JavaScript's \W (ASCII) off either end.
            int first = i;
            while (first < end && !isWordChar(lower.charAt(first))) {
                first++;
            }
            int last = end;
            while (last > first && !isWordChar(lower.charAt(last - 1))) {
                last--;
            }
            i = end;
            if (first == last) {
                continue;
            }
            String w = lower.substring(first, last);
            if (STOP_WORDS.contains(w)) {
                continue;
            }
            w = withoutMarks(w);
            if (!w.isEmpty()) {
                each.accept(w);
            }
        }
    }

    /** lunr's stop words (for tests). */
    static Set<String> stopWords() {
        return STOP_WORDS;
    }

    /** lunr.tokenizer.separator: JavaScript's white space ({@code \s}) and hyphens. */
    static boolean isSeparator(char c) {
        if (c < 0x80) {
            return c == ' ' || c == '-' || c >= '\t' && c <= '\r';
        }
        return c == '\u00a0' || c == '\u1680' || c >= '\u2000' && c <= '\u200a' || c == '\u2028' || c == '\u2029'
                || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** {@code w} decomposed with its combining marks (U+0300–U+036F) removed; ASCII as it is. */
    private static String withoutMarks(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return w;
    }
}
