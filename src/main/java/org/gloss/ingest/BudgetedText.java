package org.gloss.ingest;

import org.gloss.core.Cancellation;

/**
 * Text for a regular expression to match that counts the characters the matcher reads and stops
 * it, by throwing {@link TooSlow}, past a budget (or when the thread's work was given up on).
 * Java's regex engine cannot be interrupted otherwise, and a user pattern such as
 * {@code (.*a){12}} backtracks for minutes on one short line.
 */
final class BudgetedText implements CharSequence {

    private final String text;
    private final long[] left;

    /** {@code text}, readable {@code budget} times in all (its sub-sequences share the budget). */
    BudgetedText(String text, long budget) {
        this(text, new long[] {budget});
    }

    private BudgetedText(String text, long[] left) {
        this.text = text;
        this.left = left;
    }

    @Override
    public char charAt(int index) {
        long n = --left[0];
        if (n < 0) {
            throw new TooSlow();
        }
        if ((n & 0xFFF) == 0) {
            Cancellation.check();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BudgetedText(text.substring(start, end), left);
    }

    @Override
    public String toString() {
        return text;
    }

    /** The matcher read more characters than its budget allowed. */
    static final class TooSlow extends RuntimeException {
        TooSlow() {
            super("pattern backtracks too much", null, false, false);
        }
    }
}
