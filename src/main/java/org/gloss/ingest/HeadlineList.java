package org.gloss.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "most read" list copied with a story: numbered headlines, one a line, counting up from 1
 * ("1. Ross traffic lights out for a second week", "2. ..."). A story's own numbered points are
 * sentences, or do not run 1, 2, 3 to the end of the page.
 */
final class HeadlineList {

    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})[.)]\\s+(\\S.*)$");
    private static final int MIN_ITEMS = 3;
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 20;

    private HeadlineList() {
    }

    /** Where a list of numbered headlines that ends just before {@code end} begins; {@code end} when there is none. */
    static int startOfListEndingAt(List<String> lines, int end) {
        int start = end;
        int expected = -1;
        while (start > 0) {
            Matcher m = ITEM.matcher(InlineMarkdown.plain(lines.get(start - 1)).strip());
            if (!m.matches() || !isHeadline(m.group(2))) {
                break;
            }
            int n = Integer.parseInt(m.group(1));
            if (expected >= 0 && n != expected) {
                break;
            }
            expected = n - 1;
            start--;
        }
        boolean countsFromOne = expected == 0;
        return countsFromOne && end - start >= MIN_ITEMS ? start : end;
    }

    private static boolean isHeadline(String text) {
        int words = TextLines.words(text);
        return words >= MIN_WORDS && words <= MAX_WORDS && TextLines.startsUpper(text) && !TextLines.endsSentence(text);
    }
}
