package org.gloss.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 16, item 12: what a problem prints cannot forge a line or drive the terminal. */
class ProblemPrintingTest {

    @Test
    void aNewlineInAFileNameCannotForgeAnErrorLine() {
        Problem p = Problem.warning("articles/a\nerror: all is lost.txt", 3, 1, "empty file");
        assertEquals("articles/a\\nerror: all is lost.txt:3:1: warning: empty file", p.toString());
        assertFalse(p.toString().contains("\n"));
    }

    @Test
    void escAndOtherControlsAreEscapedInFileAndMessage() {
        Problem p = Problem.note("x\u001b[2J.txt", "title '\u001b]0;pwned\u0007\r\u0085\u2028' ignored");
        String s = p.toString();
        assertEquals("x\\e[2J.txt: note: title '\\e]0;pwned\\x07\\r\\x85\\u2028' ignored", s);
        assertTrue(s.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0)), s);
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertEquals("a/b.txt: warning: «Ça va» — naïve \\ path", Problem.warning("a/b.txt", "«Ça va» — naïve \\ path").toString());
    }

    @Test
    void anExcerptIsCutShortAndSaysHowLong() {
        String s = MessageText.excerpt("x".repeat(10_000));
        assertEquals("x".repeat(80) + "… (10000 characters)", s);
        assertEquals("short", MessageText.excerpt("short"));
    }
}
