package org.gloss.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's body metric: both texts become overlapping 4-word shingles,
 * matched as multisets; each page's true and false positives and negatives are normalised to sum
 * to 1, so a long page weighs no more than a short one; precision and recall are averaged over
 * pages, and F1 is their harmonic mean.
 */
final class ShingleScore {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    /** One page's normalised counts. */
    public record Counts(double tp, double fp, double fn) {
        public double f1() {
            return new ShingleScore(List.of(this)).f1();
        }
    }

    private final List<Counts> pages;

    public ShingleScore(List<Counts> pages) {
        this.pages = List.copyOf(pages);
    }

    /** Compares one page's extracted text with its answer. */
    public static Counts page(String truth, String extracted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(extracted);
        int tp = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            tp += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
        }
        int fp = sum(p) - tp;
        int fn = sum(t) - tp;
        double s = tp + fp + fn;
        return s == 0 ? new Counts(0, 0, 0) : new Counts(tp / s, fp / s, fn / s);
    }

    public double precision() {
        return mean(pages.stream().filter(c -> c.tp() + c.fp() > 0)
                .mapToDouble(c -> c.fp() == 0 && c.fn() == 0 ? 1 : c.tp() / (c.tp() + c.fp())).toArray());
    }

    public double recall() {
        return mean(pages.stream().filter(c -> c.tp() + c.fn() > 0)
                .mapToDouble(c -> c.fp() == 0 && c.fn() == 0 ? 1 : c.tp() / (c.tp() + c.fn())).toArray());
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return values.length == 0 ? 0 : s / values.length;
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, words.size() - N + 1); i++) {
            List<String> sh = words.subList(i, Math.min(words.size(), i + N));
            if (!sh.isEmpty()) {
                out.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return out;
    }

    private static int sum(Map<List<String>, Integer> m) {
        int s = 0;
        for (int v : m.values()) {
            s += v;
        }
        return s;
    }
}
