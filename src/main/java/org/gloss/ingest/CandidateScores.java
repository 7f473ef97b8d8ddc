package org.gloss.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Content scores of the candidates, seeded by tag and class names. */
final class CandidateScores {

    private final Map<Element, Double> map = new IdentityHashMap<>();
    private final boolean weightClasses;

    CandidateScores(boolean weightClasses) {
        this.weightClasses = weightClasses;
    }

    boolean has(Element e) {
        return map.containsKey(e);
    }

    double get(Element e) {
        return map.getOrDefault(e, 0.0);
    }

    void put(Element e, double s) {
        map.put(e, s);
    }

    void add(Element e, double s) {
        map.merge(e, s, Double::sum);
    }

    void initialize(Element e) {
        double s = switch (e.tagName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        map.put(e, s + classWeight(e));
    }

    double classWeight(Element e) {
        return weightClasses ? ClassNames.weight(e) : 0;
    }
}
