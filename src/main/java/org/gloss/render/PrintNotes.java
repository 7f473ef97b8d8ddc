package org.gloss.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts an article's {@link PrintNote}s into its print form: numbered in reading order, each
 * note's mark right after its words, and the notes list as HTML for the packet's template.
 */
public final class PrintNotes {

    private static final String NOTE_ATTR = "data-print-note";

    private PrintNotes() {
    }

    /**
     * Adds the marks of {@code notes} to {@code body} (its blocks carry {@code data-block}; call it
     * before anything is added to their text) and returns each note's entry, in number order.
     */
    public static List<String> weave(Element body, List<PrintNote> notes, MarkTemplates templates) {
        List<PrintNote> sorted = new ArrayList<>(notes);
        sorted.sort(Comparator.comparing(PrintNote::span));
        List<Mark> marks = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            // A scratch element to find the words' end by; it goes again once the mark is after it.
            marks.add(new Mark(sorted.get(i).span(), "span", Map.of(NOTE_ATTR, String.valueOf(i + 1)), null));
        }
        AnnotationWeaver.weave(body, marks);
        Map<String, Element> lastPiece = new HashMap<>();
        for (Element e : body.getElementsByAttribute(NOTE_ATTR)) {
            lastPiece.put(e.attr(NOTE_ATTR), e);
        }
        List<String> entries = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            PrintNote note = sorted.get(i);
            Map<String, Object> data = new HashMap<>(note.data());
            data.put("number", i + 1);
            Element end = lastPiece.get(String.valueOf(i + 1));
            if (end != null) {
                Node last = end;
                for (Node n : templates.fragment(note.markTemplate(), data)) {
                    last.after(n);
                    last = n;
                }
            }
            // Printed as the page prints, not pretty-printed as a node on its own would be.
            Document scratch = Document.createShell("");
            scratch.outputSettings().prettyPrint(false);
            scratch.body().appendChildren(templates.fragment(note.noteTemplate(), data));
            entries.add(scratch.body().html());
        }
        body.getElementsByAttribute(NOTE_ATTR).forEach(Element::unwrap);
        return entries;
    }
}
