package org.gloss.analyze;

import java.util.List;

/**
 * Items to be paired, known by the article each comes from: one comparison's name (unique within a
 * link, such as {@code "quotations.same"}), how many items each article has (in article order,
 * items numbered through the articles), and each item's grams. What lets a {@link PairFinder} know
 * an item again in a later build by its article and place ({@link RememberedPairs}).
 */
public record ItemGrams(String comparison, int[] perArticle, List<long[]> grams) {

    public ItemGrams {
        long items = 0;
        for (int n : perArticle) {
            items += n;
        }
        if (items != grams.size()) {
            throw new IllegalArgumentException(comparison + ": " + items + " items by article, " + grams.size() + " grams");
        }
        perArticle = perArticle.clone();
        grams = List.copyOf(grams);
    }
}
